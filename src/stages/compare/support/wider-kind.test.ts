import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (newuser21 #6): a count of "closed or partly closed" is a wider measure than a
// count of "closed"; it does not state it. The same wider measure on both sides still does.
const CASES: readonly VerdictCase[] = [
  [
    'closed is not stated by closed or partly closed',
    'Striking nurses closed some 400 wards in Harwick on Tuesday.',
    'The Harwick nurses union said 380 wards were closed or partly closed on Tuesday.',
    'not supports',
  ],
  [
    'the same wider measure supports',
    'The Harwick nurses union said 380 wards were closed or partly closed on Tuesday.',
    'On Tuesday 380 wards in Harwick were closed or partly closed, the nurses union said.',
    'supports',
  ],
];

describe('a wider measure is no support of the narrower count', () => testVerdicts(CASES));
