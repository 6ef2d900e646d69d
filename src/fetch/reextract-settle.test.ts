import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { DEPOT_FIRE, GROUND_SALE, OLLER_FLOOD, TOWN_POLLS } from '../stages/cluster/test-sale.ts';
import { ingestInto } from '../store/ingest/index.ts';
import { analyzedTitles, byTitle } from '../store/ingest/test-grouping.ts';
import { fetchPolls, storyTitles } from './fixtures/feed-polls.ts';
import { memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { reextract } from './reextract.ts';

const NOW = new Date('2026-11-20T00:00:00Z');

// Invented (cluster/test-sale.ts): a store holds the first three items of one town (a flood, a depot
// fire, a ground sale), ingested from files, where the flood's and the sale's made one story (a run of
// three reads the town as their event). The feed's later pages, fetched into another store, are
// re-extracted into it. Placed without settling, the sale's first report stayed with the flood's story
// and the flood's later reports joined it; settled as an ingest and a fetch run settle, the three
// events stand apart, as `analyze` groups the pile.
test('reextract into a store settles its window: three events of one town are three stories', async (t) => {
  const site = await smallSiteFor(t);
  const from = await memoryStoreFor(t);
  const into = await memoryStoreFor(t);
  await fetchPolls(site, from, 'Dunwick Wire', TOWN_POLLS.slice(1), NOW);
  const files = (TOWN_POLLS[0] as Record<string, string>[]).map((r, i) => ({
    path: `f${i}.json`,
    bytes: new TextEncoder().encode(JSON.stringify(r)),
  }));
  await ingestInto(into, files, {}, createContext({ now: NOW }));
  const summary = await reextract(from, into, { jobs: 1 }, createContext({ now: NOW }));
  assert.equal(summary.stored, 5);
  const expected = byTitle([OLLER_FLOOD, GROUND_SALE, DEPOT_FIRE].map((s) => s.map((a) => a.title)));
  assert.deepEqual(analyzedTitles(TOWN_POLLS.flat()), expected);
  assert.deepEqual(await storyTitles(into), expected);
});
