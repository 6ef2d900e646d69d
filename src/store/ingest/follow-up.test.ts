import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FLOOD, FLOOD_COUNTED, FLOOD_WEEK, LOOK_ALIKE, OTHER } from '../../stages/cluster/test-flood.ts';
import { analyzedTitles, byTitle, storedTitles } from './test-grouping.ts';

const EXPECTED = byTitle(
  [FLOOD, LOOK_ALIKE, OTHER.slice(0, 2), OTHER.slice(2)].map((s) => s.map((a) => a.title)),
);
const NOW = '2026-10-18T00:00:00Z';

// The follow-ups named Monday, the flood's day, as the day of their event; their pair scored against
// the flood's story 0.51 by centroid but 0.36 by its articles, below the merge bar, where the store,
// placing one article at a time, had already joined each to the flood.
test('a flood and its follow-ups on another angle two days on: one story in analyze and in the store, the look-alike apart', async () => {
  assert.deepEqual(analyzedTitles(FLOOD_WEEK), EXPECTED);
  assert.deepEqual(await storedTitles(FLOOD_WEEK, NOW), EXPECTED);
});

// The follow-ups count days from the flood ("two days after the River Kessel burst its banks") and
// name no Monday: the store joins them to the flood as `analyze` does (cluster/counted-follow-up.test.ts).
test('follow-ups that count days from the flood: one story in the store too, the look-alike apart', async () => {
  assert.deepEqual(await storedTitles([...FLOOD_COUNTED, ...LOOK_ALIKE, ...OTHER], NOW), EXPECTED);
});
