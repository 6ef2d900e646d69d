import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// One vote's count told otherwise by two outlets in sentences that share little else (differ35's
// leftover, differ36: no difference before, the pair judge never met the two sentences); two votes of
// one story are none. Invented articles.
const counts = (rows: readonly [string, string, string][]) =>
  (
    runCompare(rows.map(([outlet, text, publishedAt]) => [text, { outlet, publishedAt }])).result
      .differences ?? []
  )
    .filter((d) => d.about === 'vote count')
    .map((d) => d.sides.map((s) => s.evidence.map((e) => e.articleId)));

const PLAN = 'Brenmoor council approved a plan on Tuesday to turn the old Kessel depot into housing.';

test('a vote count told otherwise in sentences sharing little is one difference to check', () => {
  assert.deepEqual(
    counts([
      [
        'Brenmoor Post',
        `${PLAN}\nThe vote was 5-2, with two councillors arguing the money should go to road repairs.`,
        '2031-03-12',
      ],
      ['Kessel Echo', `${PLAN}\nThe vote was 4-3, according to the town clerk.`, '2031-03-12'],
    ]),
    [[['a1'], ['a2']]],
  );
});

test('two votes weeks apart, or an article telling two tallies, are no difference of one count', () => {
  const later = 'Brenmoor council on Tuesday dropped the plan for the Kessel depot.';
  assert.deepEqual(
    counts([
      ['Brenmoor Post', `${PLAN}\nThe vote was 5-2.`, '2031-03-12'],
      ['Kessel Echo', `${later}\nThe vote was 4-3, according to the town clerk.`, '2031-03-26'],
    ]),
    [],
  );
  assert.deepEqual(
    counts([
      ['Brenmoor Post', `${PLAN}\nThe vote was 5-2. An amendment was voted down 6-1.`, '2031-03-12'],
      ['Kessel Echo', `${PLAN}\nThe vote was 4-3, according to the town clerk.`, '2031-03-12'],
    ]),
    [],
  );
});
