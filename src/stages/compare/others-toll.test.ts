import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser15 #3: one incident's toll told by two outlets on one day, each beside the one who died
// ("killed one worker and injured 15 others" / "… injured 14 others"), is a difference to check, named
// by its verb ("others" says nothing of what is counted). Invented articles.
test('"injured 15 others" / "injured 14 others" of one blast: a difference about "injured"', () => {
  const { result } = runCompare([
    "The council on Tuesday ordered a review of Monday's blast at the Harlo quarry in Brenmouth, which killed one miner and injured 15 others.\n\nA former engineer will lead the review.",
    "A review of Monday's blast at the Harlo quarry in Brenmouth was announced on Tuesday, a day after the blast killed one miner and injured 14 others.\n\nA former engineer will lead the review.",
  ]);
  assert.deepEqual(
    (result.differences ?? []).map((d) => [d.about, d.sides.map((s) => s.evidence.map((e) => e.articleId))]),
    [['injured', [['a1'], ['a2']]]],
  );
});
