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

// newuser24 #3 (session 45): "voted 6–3" (an en dash) and "voted 5–4" were bare figures; the two
// outlets' 6–3 was "consensus" and the 5–4 listed nowhere
test('a vote told 6–3 and 5–4 with an en dash is a difference to check, never ✓ for the other count', () => {
  const rows: [string, string, string][] = [
    ['Kellmoor Courier', 'The Tolmere rates committee voted 6–3 for the cut on Thursday.', '2031-03-12'],
    ['Halden Gazette', 'The Tolmere rates committee voted 6–3 for the cut on Thursday.', '2031-03-12'],
    ['Eastmere Herald', 'The Tolmere rates committee voted 5–4 for the cut on Thursday.', '2031-03-12'],
  ];
  assert.deepEqual(counts(rows), [[['a1', 'a2'], ['a3']]]);
  const { result } = runCompare(rows.map(([outlet, text, publishedAt]) => [text, { outlet, publishedAt }]));
  // no fact the 5–4 article and a 6–3 article both support
  for (const fact of result.facts) {
    const supports = (id: string) => fact.coverage[id]?.mark === 'supports';
    assert.ok(!(supports('a3') && (supports('a1') || supports('a2'))), JSON.stringify(fact));
  }
});
