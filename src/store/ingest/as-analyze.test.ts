import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FLOOD, LOOK_ALIKE, OTHER } from '../../stages/cluster/test-flood.ts';
import { analyzedTitles, byTitle, storedTitles } from './test-grouping.ts';

// Invented: the first day's three reports of the Brenmoor flood, the look-alike flood of Ashby four
// days on (which names Brenmoor's), and the week's other stories, stored in one ingest. The store
// placed each new article at the join bar in date order, so the first Ashby report, meeting only the
// Brenmoor story, joined it and drew the second after it; `analyze` first pairs only what scores
// above its strict first-pass bar (the two Ashby reports), then places again. The store now places
// an ingest's new articles the same way.
const PILE = [...FLOOD.slice(0, 3), ...LOOK_ALIKE, ...OTHER];
const EXPECTED = byTitle(
  [FLOOD.slice(0, 3), LOOK_ALIKE, OTHER.slice(0, 2), OTHER.slice(2)].map((s) => s.map((a) => a.title)),
);

test('a pile stored in one ingest is grouped as analyze groups it: the look-alike flood apart', async () => {
  assert.deepEqual(analyzedTitles(PILE), EXPECTED);
  assert.deepEqual(await storedTitles(PILE, '2026-10-18T00:00:00Z'), EXPECTED);
});
