import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchRound, followed, listPage, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { storeHealth } from './health.ts';

const page = (ramp: string) => ({
  outlet: 'Harrow Gazette',
  path: '/news/ferry.html',
  headline: 'Ferry service to Tollen Isle resumes after repairs',
  paragraphs: [
    `The ferry between Harrow and Tollen Isle sailed again on Tuesday after ${ramp} of repairs to its ramp.`,
    'The operator said the crossing would run every two hours until the summer timetable starts in May.',
  ],
  date: 'Tue, 03 Nov 2026 08:00:00 +0000',
});

// A followed source's feed given alone on the command line (`parallax fetch FEED --refresh`, to pick up
// a correction at once) reads the source's own pages: they stay the source's, in the store's records
// and in its health, whether the page changed or not.
test('fetch: a followed feed fetched again alone (--refresh) keeps its pages with their source', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  listPage(site, page('six weeks'));
  const feed = `${site.origin}/rss.xml`;
  const source = followed('Harrow Gazette', feed);
  await store.saveSources([source]);
  assert.equal((await fetchRound(store, [source])).stored, 1);
  const same = await fetchRound(store, [feed], { refresh: true });
  // read again, not fetched anew: the run's line does not count one page twice
  assert.deepEqual(
    [same.fetched, same.updated, same.pagesUnchanged],
    [0, 0, 1],
    'nothing on the page changed',
  );
  listPage(site, page('seven weeks'));
  assert.equal(
    (await fetchRound(store, [feed], { refresh: true })).updated,
    1,
    'the corrected page replaces it',
  );
  const health = await storeHealth(store, new Date());
  assert.deepEqual(
    health.map((h) => [h.name, h.articles, h.lastArticle !== null]),
    [['Harrow Gazette', 1, true]],
  );
});

test('fetch: a page of a source given alone and fetched again (--refresh) stays with its source', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const item = listPage(site, page('six weeks'));
  const source = followed('Harrow Gazette', `${site.origin}/rss.xml`);
  await store.saveSources([source]);
  assert.equal((await fetchRound(store, [source])).stored, 1);
  listPage(site, page('seven weeks'));
  assert.equal((await fetchRound(store, [item.link], { refresh: true })).updated, 1);
  const health = await storeHealth(store, new Date());
  assert.deepEqual(
    health.map((h) => [h.name, h.articles]),
    [['Harrow Gazette', 1]],
  );
});
