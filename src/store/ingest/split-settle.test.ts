import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEPOT_FIRE, GROUND_SALE, OLLER_FLOOD, TOWN_POLLS } from '../../stages/cluster/test-sale.ts';
import { analyzedTitles, byTitle, polledTitles } from './test-grouping.ts';

const EXPECTED = byTitle([OLLER_FLOOD, GROUND_SALE, DEPOT_FIRE].map((s) => s.map((a) => a.title)));
const NOW = '2026-11-20T00:00:00Z';

// Invented (cluster/test-sale.ts): a first poll of three articles of three events of one town, then one
// article a poll. The first poll's three made one story (a run of three reads the town as their event)
// and each later article joined it, its mates already there; placing them again never parted them.
// When the ingest settles, the story's articles fall into three groups that score below the join bar
// against each other and share no trigger word and no day: the store parts them as `analyze` groups
// the pile.
test("a feed's polls of three events of one town: parted when the store settles, as analyze groups them", async () => {
  const pile = TOWN_POLLS.flat();
  assert.deepEqual(analyzedTitles(pile), EXPECTED);
  assert.deepEqual(await polledTitles(TOWN_POLLS, NOW), EXPECTED);
});

// The flood's clean-up two days on shares the flood's words and its Friday: one story in any order of
// the polls.
test("the flood's reports and its clean-up stay one story however the polls bring them", async () => {
  const polls = [
    [OLLER_FLOOD[2], GROUND_SALE[0]],
    [OLLER_FLOOD[0]],
    [GROUND_SALE[1], GROUND_SALE[2]],
    [OLLER_FLOOD[1]],
  ] as Record<string, string>[][];
  const stories = await polledTitles(polls, NOW);
  const flood = OLLER_FLOOD.map((a) => a.title).sort();
  assert.ok(
    stories.some((s) => flood.every((t) => s.includes(t))),
    JSON.stringify(stories),
  );
});
