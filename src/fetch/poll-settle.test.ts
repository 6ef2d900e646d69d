import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEPOT_FIRE, GROUND_SALE, OLLER_FLOOD, TOWN_POLLS } from '../stages/cluster/test-sale.ts';
import { byTitle } from '../store/ingest/test-grouping.ts';
import { fetchPolls, storyTitles } from './fixtures/feed-polls.ts';
import { memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';

// Invented (cluster/test-sale.ts): a feed whose first poll brings three articles of three events of one
// town, then one article a poll. Each run placed its articles at the join bar and never settled: the
// first poll's three made one story and every later article joined it. A run now settles its window
// as an ingest's last step does, and the three events stand apart, as `analyze` groups the pile.
test("a feed's polls of three events of one town are three stories after each fetch run settles", async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  await fetchPolls(site, store, 'Dunwick Wire', TOWN_POLLS, new Date('2026-11-20T00:00:00Z'));
  assert.deepEqual(
    await storyTitles(store),
    byTitle([OLLER_FLOOD, GROUND_SALE, DEPOT_FIRE].map((s) => s.map((a) => a.title))),
  );
});
