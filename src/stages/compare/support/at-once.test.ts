import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgementOf, testVerdicts, type VerdictCase } from './verdict-of.ts';

// midreview34 finding 4: "will close immediately" was ✓ for a sentence saying "will close on March 1,
// 2027" (invented sentences; the first two fail before).
const CASES: readonly VerdictCase[] = [
  [
    'a plan told "at once" against one for a day named',
    'The Ashgrove, Millbrook and Quayside branches will close immediately.',
    'The Ashgrove, Millbrook and Quayside branches will close on March 1, 2027, the council said.',
    'contradicts',
  ],
  [
    'a plan for next year against one told "at once"',
    'The Ashgrove branch will close immediately.',
    'The Ashgrove branch will close next year.',
    'contradicts',
  ],
  [
    '"at once" on both sides, one naming the day it was said',
    'The Ashgrove branch will close immediately, the council said.',
    'The Ashgrove branch will close immediately, the council said on Tuesday.',
    'supports',
  ],
  [
    'of what happened, "immediately" is after something else: no other time',
    'Mayor Ona Brandt resigned immediately after the vote.',
    'Mayor Ona Brandt resigned on Tuesday.',
    'not contradicts',
  ],
  [
    'of a plan, "immediately after" times it by another event, which may fall on the day named',
    'The Tarrow council will meet immediately after the vote.',
    'The Tarrow council will meet on Tuesday.',
    'not contradicts',
  ],
  [
    'two things, one told "at once", the other on a day: no other time of one',
    'The Orrin tunnel will close immediately, the agency said.',
    'The Orrin bridge will close on March 1, 2027, the agency said.',
    'not contradicts',
  ],
  [
    'two parts of one thing: no other time of one',
    'The east wing of the Brask museum will close immediately.',
    'The west wing of the Brask museum will close on March 1, 2027.',
    'not contradicts',
  ],
];

describe('a plan told "at once" against a day named', () => {
  testVerdicts(CASES);
  test('it is a difference to check, never ✓', () => {
    const j = judgementOf(
      'The Ashgrove branch will close immediately.',
      'The Ashgrove branch will close on March 1, 2027, the council said.',
      { claim: '2026-11-18', evidence: '2026-11-18' },
    );
    assert.equal(j.verdict, 'differs', j.reason);
  });
});
