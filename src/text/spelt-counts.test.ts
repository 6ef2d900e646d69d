import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { stem } from './normalise.ts';
import type { ClaimFigure } from './quantities.ts';

// Invented sentences: an amount with its currency spelt after it is the amount with its sign, and a
// count in words after "the" or a possessive is a count when a noun follows it.
const CASES: [string, Partial<ClaimFigure>[]][] = [
  [
    'The pirates seized a tanker carrying 100 million dollars of crude oil.',
    [{ value: 100_000_000, unit: 'USD', counts: stem('oil') }],
  ],
  [
    'The pirates seized a tanker carrying $100 million of crude oil.',
    [{ value: 100_000_000, unit: 'USD', counts: stem('oil') }],
  ],
  ['The fund paid 40 euros to each family.', [{ value: 40, unit: 'EUR', counts: null }]],
  // pounds after a number are as often a weight: no currency read from the word
  ['Agents found 500 pounds of cocaine in the van.', [{ value: 500, unit: null }]],
  [
    'The frigate was escorting the five merchant vessels through the strait.',
    [{ value: 5, counts: stem('vessels'), worded: true }],
  ],
  ['Their three children were safe.', [{ value: 3, counts: stem('children') }]],
  // a pronoun: no noun follows
  ['Tavares met Kowalczyk, and the two discussed fishing quotas.', []],
];

for (const [sentence, expected] of CASES)
  test(`figures in: ${sentence}`, () => {
    const found = figuresOf(sentence);
    assert.equal(found.length, expected.length, JSON.stringify(found.map((f) => f.value)));
    expected.forEach((want, i) => {
      for (const [key, value] of Object.entries(want))
        assert.deepEqual(found[i]?.[key as keyof ClaimFigure], value, key);
    });
  });
