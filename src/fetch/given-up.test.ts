import assert from 'node:assert/strict';
import { test } from 'node:test';
import { givenUpText, healthTable } from '../cli/fetch-output.ts';
import { failedPage } from './fixtures/failed-page.ts';
import { fetchRound, listPage, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { newsPage } from './fixtures/small-site.ts';
import { storeHealth } from './health.ts';
import { GIVE_UP_AFTER_MS, MAX_PAGE_ATTEMPTS } from './patterns.ts';

// newuser10's finding 7: a page that failed its attempts was left alone with no lasting trace.
test('sources names a page given up after its attempts, and fetch URL asks it again', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const paragraphs = [
    'Firefighters in Lorvane put out a blaze at a timber yard on the east quay on Tuesday night.',
    'The yard owner, Pell Harran, said two sheds were lost and no one was hurt in the fire.',
    'The cause of the fire was not yet known, the Lorvane fire service said on Wednesday.',
  ];
  const item = listPage(site, {
    outlet: 'Lorvane Gazette',
    path: '/news/yard-fire',
    headline: 'Fire destroys two sheds at Lorvane timber yard',
    paragraphs,
    date: 'Tue, 01 Dec 2026 22:00:00 GMT',
  });
  site.pages.delete('/news/yard-fire');
  const feed = `${site.origin}/rss.xml`;
  // its attempts an hour apart, the last past GIVE_UP_AFTER_MS after the first
  const start = Date.now();
  const runAt = (run: number) =>
    new Date(start + (run === MAX_PAGE_ATTEMPTS ? GIVE_UP_AFTER_MS + 3_600_000 : (run - 1) * 3_600_000));
  for (let run = 1; run <= MAX_PAGE_ATTEMPTS; run++) {
    const summary = await fetchRound(store, [feed], { now: runAt(run) });
    assert.equal(summary.failed, 1, `run ${run}`);
    const [row] = await storeHealth(store, new Date());
    assert.equal(row?.givenUp.count, run === MAX_PAGE_ATTEMPTS ? 1 : 0, `run ${run}`);
  }
  // left alone since
  assert.equal((await fetchRound(store, [feed], { now: runAt(MAX_PAGE_ATTEMPTS + 1) })).failed, 0);
  const rows = await storeHealth(store, new Date());
  const row = rows[0];
  assert.equal(row?.givenUp.latest[0]?.url, item.link);
  assert.equal(row?.givenUp.latest[0]?.attempts, MAX_PAGE_ATTEMPTS);
  assert.match(row?.givenUp.latest[0]?.error ?? '', /404/);
  const text = healthTable(rows) + givenUpText(rows, 'news.db');
  assert.match(
    text,
    /\(no source\): 1 page given up:\n {2}http:\/\/\S+\/news\/yard-fire {2}HTTP 404 \(3 attempts\), /,
  );
  assert.match(text, /To ask one again: parallax fetch URL --db news\.db\n$/);
  // the command it names fetches the page again
  site.pages.set('/news/yard-fire', newsPage('Lorvane Gazette', 'Fire destroys two sheds', paragraphs));
  assert.equal((await fetchRound(store, [item.link])).stored, 1);
  assert.equal((await storeHealth(store, new Date()))[0]?.givenUp.count, 0);
});

// A source's pages given up by runs allowed other attempts (the library's maxAttempts): the heading
// took the latest page's count for all of them.
test('sources tells each page given up with its own attempts, in text and JSON', async (t) => {
  const store = await memoryStoreFor(t);
  const feed = 'https://cadwell-daily.example/feed.xml';
  const page = (path: string, attempts: number, fetchedAt: string) =>
    failedPage({ source: 'Cadwell Daily', feed, path, attempts, fetchedAt, error: 'HTTP 404' });
  await store.saveSources([
    {
      name: 'Cadwell Daily',
      urls: [feed],
      leaning: null,
      owner: null,
      everyMs: null,
    },
  ]);
  await store.savePages([
    page('/quay-fire', 3, '2026-12-06T02:10:00.000Z'),
    page('/ferry-fares', 5, '2026-12-06T02:20:00.000Z'),
  ]);
  const rows = await storeHealth(store, new Date('2026-12-06T03:00:00Z'));
  const json = JSON.parse(JSON.stringify(rows)) as typeof rows;
  assert.deepEqual(
    json[0]?.givenUp.latest.map((p) => [new URL(p.url).pathname, p.attempts]),
    [
      ['/ferry-fares', 5],
      ['/quay-fire', 3],
    ],
  );
  const lines = givenUpText(rows).split('\n');
  assert.ok(lines.includes('Cadwell Daily: 2 pages given up (latest first):'), lines.join('\n'));
  assert.ok(
    lines.includes('  https://cadwell-daily.example/ferry-fares  HTTP 404 (5 attempts), 2026-12-06 02:20'),
  );
  assert.ok(
    lines.includes('  https://cadwell-daily.example/quay-fire  HTTP 404 (3 attempts), 2026-12-06 02:10'),
  );
});

test('sources says nothing of pages given up when there are none', () => {
  assert.equal(givenUpText([]), '');
});
