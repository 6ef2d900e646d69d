import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { ingestInto } from '../store/ingest/index.ts';
import { fetchRound, listPage, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { newsPage } from './fixtures/small-site.ts';
import { reextract } from './reextract.ts';

// An invented report, saved as a file and ingested, later fetched from its site too: the fetched page
// finds the article already stored (a duplicate) and keeps its raw bytes, but the article is the
// file's, which no kept page stored; reextract leaves such a page to the page that stored its article.
const PIER = [
  'Workers began replacing the deck of the Wendmoor ferry pier on Monday, three weeks later than planned.',
  'The harbour board said the work would be finished before the spring tides, and that the pier would stay open to walkers.',
];

test('an article ingested from a file, whose page a fetch later found already stored, is counted as not re-read', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const html = newsPage('The Wendmoor Star', 'Pier deck work begins', PIER);
  const ctx = () => createContext({ now: new Date('2026-12-05T00:00:00Z') });
  await ingestInto(store, [{ path: 'pier.html', bytes: new TextEncoder().encode(html) }], {}, ctx());
  const item = listPage(site, {
    outlet: 'The Wendmoor Star',
    path: '/news/pier-deck',
    headline: 'Pier deck work begins',
    paragraphs: PIER,
    date: '',
  });
  const fetched = await fetchRound(store, [item.link]);
  assert.deepEqual([fetched.stored, fetched.duplicates], [0, 1]);
  assert.equal((await store.stats()).articles, 1);
  const again = await reextract(store, store, { jobs: 1 }, ctx());
  // the page was not re-read (its article is another page's or a file's), nor was the article
  assert.equal(again.pages, 0);
  assert.equal(again.withoutPage, 1);
});
