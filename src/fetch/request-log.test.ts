import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requestLine } from '../cli/fetch-output.ts';
import { createFetcher, type RequestDone } from './fetcher.ts';
import { smallSiteFor } from './fixtures/fetch-rounds.ts';
import { FAST } from './fixtures/settings.ts';
import { newsPage } from './fixtures/small-site.ts';

// newuser17 #11: `-v` on fetch and watch prints each request: its URL, status and time.
test('a fetcher tells each request it sent, robots.txt first, with its status and time', async (t) => {
  const site = await smallSiteFor(t);
  site.pages.set('/news/weir', newsPage('Brede Post', 'Weir repaired', ['The Brede weir was repaired.']));
  const told: RequestDone[] = [];
  const fetcher = createFetcher({ ...FAST, onRequest: (r) => told.push(r) });
  t.after(() => fetcher.close());
  await fetcher.get(`${site.origin}/news/weir`, { kind: 'page' });
  await fetcher.get(`${site.origin}/news/gone`, { kind: 'page' });
  assert.deepEqual(
    told.map((r) => [new URL(r.url).pathname, r.status]),
    [
      ['/robots.txt', 200],
      ['/news/weir', 200],
      ['/news/gone', 404],
    ],
  );
  assert.ok(told.every((r) => Number.isInteger(r.ms) && r.ms >= 0));
});

test('-v prints a request as GET, its URL, its status or error, and its ms', () => {
  assert.equal(
    requestLine({ url: 'https://brede.example/feed.xml', status: 304, ms: 41 }),
    'GET https://brede.example/feed.xml: HTTP 304, 41 ms',
  );
  assert.equal(
    requestLine({ url: 'https://brede.example/a', status: 0, ms: 10_000, error: 'timed out after 10s' }),
    'GET https://brede.example/a: timed out after 10s, 10000 ms',
  );
});
