import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: two percentages are one measure only when they measure one thing.
const CASES: VerdictCase[] = [
  [
    'a vote share is no pay rise',
    'The Tarnby union said 88 percent of members who voted backed the walkout.',
    'The Tarnby union wants a 7 percent pay rise.',
    'not contradicts',
  ],
  [
    'a pay rise is no vote share (the other way round)',
    'The Tarnby union wants a 7 percent pay rise.',
    'The Tarnby union said 88 percent of members who voted backed the walkout.',
    'not contradicts',
  ],
  [
    'two shares of the members are one measure',
    'The Tarnby union said 88 percent of members backed the walkout.',
    'The Tarnby union said 70 percent of members backed the walkout.',
    'contradicts',
  ],
  [
    'two pay rises are one measure',
    'The Tarnby union wants a 7 percent pay rise.',
    'The Tarnby union wants a 9 percent pay rise.',
    'contradicts',
  ],
];

describe('support: what a percentage measures', () => testVerdicts(CASES));
