import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { fractionFigures } from './fractions.ts';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

const tokensOf = (text: string) => {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  return doc?.sentences[0]?.tokens ?? [];
};

// A fraction and the percent it is, with its qualifier's interval.
const READINGS: [string, number | null, string | null][] = [
  ['Nearly three quarters of the voters backed the plan.', 75, 'nearly'],
  ['A third of the houses were destroyed.', 100 / 3, null],
  ['Two-thirds of the staff were laid off.', 200 / 3, null],
  ['Half of the staff were laid off.', 50, null],
  ['The third quarter of the year was slow.', null, null],
  ['She served a quarter-century in the senate.', null, null],
];

// Invented sentences: a fraction against a percent, and look-alikes that are not conflicts.
const CASES: readonly VerdictCase[] = [
  [
    'a fraction against another percent of one share',
    'The Velmar browser holds nearly three quarters of the market share in Ostland.',
    'The Velmar browser holds nearly 60 percent of the market share in Ostland, a survey showed.',
    'contradicts',
  ],
  [
    'a fraction against the same percent',
    'The Velmar browser holds three quarters of the market share in Ostland.',
    'The Velmar browser holds 75 percent of the market share in Ostland, a survey showed.',
    'not contradicts',
  ],
  [
    'a third against the percent it rounds to',
    'About a third of the houses in Velmar were destroyed by the flood.',
    'The flood destroyed 33 percent of the houses in Velmar.',
    'not contradicts',
  ],
];

describe('fractions', () => {
  for (const [text, percent, qualifier] of READINGS)
    test(`reads: ${text}`, () => {
      const [f] = fractionFigures(tokensOf(text));
      if (percent === null) return assert.equal(f, undefined);
      assert.ok(f);
      assert.ok(Math.abs(f.value - percent) < 1e-9, String(f.value));
      assert.equal(f.unit, 'percent');
      assert.equal(f.qualifier, qualifier);
    });
  testVerdicts(CASES);
});
