import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negationsLeftOut } from './parts.ts';

// A negation left out is one of the part's own clause: not one of a clause before it, coordinated by
// ", and" or "but" (review40-A: such a part was flagged "leaves out 'not'"). Invented quotes.
test('negationsLeftOut: a negation of the part’s own clause, not of a clause coordinated before it', () => {
  const cases: [string, string, string[]][] = [
    ['I am not saying we will close the border; we will manage it.', 'We will close the border.', ['not']],
    ['We are not closing the harbour office.', 'closing the harbour office', ['not']],
    ['We will never sell the quay to a developer.', 'sell the quay to a developer', ['never']],
    [
      'We will not raise the harbour fees, and we will cut the ferry fares.',
      'we will cut the ferry fares',
      [],
    ],
    ['The crane did not break, but we will close the quay for a week.', 'we will close the quay', []],
    ['It was not easy. We will close the quay.', 'We will close the quay', []],
  ];
  for (const [whole, part, expected] of cases)
    assert.deepEqual(negationsLeftOut(whole, part), expected, part);
});
