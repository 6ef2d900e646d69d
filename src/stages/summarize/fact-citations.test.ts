import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// An invented story: one outlet gives the quotation its speaker in the sentence, the other quotes it
// alone in a paragraph of its own (its speaker named elsewhere, or not at all).
const PIER = [
  {
    outlet: 'Vessmark Ledger',
    text: 'The Vessmark harbour board met on Monday to discuss the storm damage.\n\nThe board “agreed that the north pier must stay shut until the spring repairs are finished,” the Vessmark Port Authority said.\n\nFishing boats moved to the south quay.',
  },
  {
    outlet: 'Coast Radio',
    text: 'The Vessmark harbour board held an emergency meeting on Monday after the storm, its chair Ina Voss said.\n\n“The board agreed that the north pier must stay shut until the spring repairs are finished.”\n\nTraders on the quay asked for help with their losses.',
  },
];

test('a summary sentence cites every article the coverage table marks ✓ on the fact it tells', () => {
  const { comparison, out } = summarized(PIER, 400);
  const fact = comparison.facts.find((f) => /north pier/.test(f.text));
  assert.ok(fact, 'the compare stage finds the quotation as a fact');
  const ticked = Object.entries(fact.coverage)
    .filter(([, m]) => m.mark === 'supports')
    .map(([id]) => id)
    .sort();
  assert.deepEqual(ticked, ['a1', 'a2'], 'both outlets state it');
  const told = out.summary.find((s) => /north pier/.test(s.text));
  assert.ok(told, out.summary.map((s) => s.text).join(' | '));
  assert.deepEqual([...new Set(told.citations.map((c) => c.articleId))].sort(), ticked);
});
