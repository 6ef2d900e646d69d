import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Conflict } from '../../model/index.ts';
import { withoutRepeats } from './repeated-differences.ts';
import { runCompare } from './test-story.ts';

// No difference to check repeats another (newuser13 #6: two differences headed only "figure" showed
// again the 7-4 / 6-5 sentences of the "vote count" difference). Invented articles.

test('a vote told 7-4 and 6-5 is one difference, "vote count", not two more bare "figure" ones', () => {
  const { result } = runCompare([
    'Dunmore City Council voted 7-4 on Tuesday evening to cut the public library budget by 40 percent, from $5 million to $3 million, for next year.',
    "The Dunmore City Council voted 7-4 on Tuesday to cut the town's library budget by 40 percent and close three of its nine branches.",
    'Dunmore councillors on Tuesday approved a 40 percent cut to the library budget by a vote of 6-5, after a heated four-hour meeting.',
  ]);
  assert.deepEqual(
    (result.differences ?? []).map((d) => [d.about, d.sides.map((s) => s.evidence.map((e) => e.articleId))]),
    [['vote count', [['a1', 'a2'], ['a3']]]],
  );
});

// A difference whose sides are sentences at these starts of a1 and a2.
const difference = (
  about: string,
  sides: readonly (readonly [string, number][])[],
): Omit<Conflict, 'id'> => ({
  kind: 'figure',
  about,
  sides: sides.map((side) => ({
    claim: 'x',
    evidence: side.map(([articleId, start]) => ({ articleId, span: { start, end: start + 10 } })),
  })),
});

test('two named measures of the same sentences both stay; a bare figure held side for side goes', () => {
  const votes = difference('vote count', [[['a1', 0]], [['a2', 0]]]);
  const cut = difference('budget cut (percent)', [[['a1', 0]], [['a2', 0]]]);
  const bare = difference('figure', [[['a1', 0]], [['a2', 0]]]);
  const elsewhere = difference('figure', [[['a1', 0]], [['a2', 50]]]);
  assert.deepEqual(
    withoutRepeats([votes, cut, bare, elsewhere]).map((d) => d.about),
    ['vote count', 'budget cut (percent)', 'figure'],
  );
  // (the one left is the bare figure of another sentence of a2)
  assert.equal(withoutRepeats([votes, bare, elsewhere])[1], elsewhere);
  // two alike: the first stays
  assert.equal(withoutRepeats([votes, { ...votes }]).length, 1);
});
