import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: each support carries the path that accepted it (tier.ts); other verdicts carry none.
const CASES = [
  [
    'near copy',
    'The Mossgate ferry stayed in dock at Tidewater on Monday after a crack was found in its hull.',
    'The Mossgate ferry stayed in dock at Tidewater on Monday after a small crack was found in its hull.',
  ],
  [
    'number held',
    'The Tidewater council spent $4.2 million on the harbour wall.',
    'Over the winter, the council of Tidewater spent $4.2 million on a new wall for the harbour, its accounts show.',
  ],
  [
    'words only',
    'The Tidewater council voted to close the old harbour wall.',
    'The Tidewater council voted to close the old harbour wall to walkers, the oldest in the county.',
  ],
] as const;

for (const [tier, claim, evidence] of CASES)
  test(`a support accepted as ${tier}`, () => {
    const j = judgementOf(claim, evidence);
    assert.equal(j.verdict, 'supports', j.reason);
    assert.equal(j.tier, tier);
  });

test('a pair the judge does not call supports carries no tier', () => {
  const j = judgementOf(
    'The Mossgate ferry stayed in dock on Monday.',
    'The Mossgate ferry sailed to Tidewater.',
  );
  assert.notEqual(j.verdict, 'supports');
  assert.equal(j.tier, undefined);
});
