import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchRound, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { newsPage, rssFeed } from './fixtures/small-site.ts';
import { isPageType } from './page-input.ts';

// newuser20 #11: a static server (a folder served as it is) sends a page saved with no extension as
// application/octet-stream; the feed links it and its bytes are HTML, so it is read. Other bytes are
// still no web page. Invented outlet, on a 127.0.0.1 site.

test('a feed-linked page served as application/octet-stream is read when its bytes open as HTML', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  site.pages.set(
    '/files/quay-fire',
    newsPage('Pellow Bay Post', 'Fire at Pellow quay store', [
      'A fire broke out at a store on Pellow quay on Tuesday night, the harbour board said.',
      'Crews from two stations put it out within an hour, and nobody was hurt, the board said.',
      'The quay will reopen on Thursday after the store is made safe, board chair Ines Corran said.',
    ]),
  );
  site.pages.set('/files/tide-table', '%PDF-1.4 tide table for Pellow Bay, November');
  const link = (path: string) => `${site.origin}${path}`;
  site.pages.set(
    '/feed.xml',
    rssFeed('Pellow Bay Post', [
      {
        title: 'Fire at Pellow quay store',
        link: link('/files/quay-fire'),
        date: 'Tue, 03 Nov 2026 22:00:00 GMT',
      },
      { title: 'Tide table', link: link('/files/tide-table'), date: 'Tue, 03 Nov 2026 08:00:00 GMT' },
    ]),
  );
  const run = await fetchRound(store, [link('/feed.xml')]);
  assert.deepEqual([run.stored, run.failed], [1, 1]);
  assert.deepEqual(
    (await articlesOf(store)).map((a) => a.title),
    ['Fire at Pellow quay store'],
  );
});

test('isPageType: octet-stream bytes are a page only when they open as HTML', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  assert.equal(isPageType('application/octet-stream', bytes('\uFEFF\n  <!DOCTYPE html><html>')), true);
  assert.equal(isPageType('application/octet-stream', bytes('<html lang="en"><body>')), true);
  assert.equal(isPageType('application/octet-stream', bytes('%PDF-1.4')), false);
  assert.equal(isPageType('application/octet-stream'), false);
  assert.equal(isPageType('image/png', bytes('<!doctype html>')), false);
});
