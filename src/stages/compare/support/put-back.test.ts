import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (newuser23 #10, newuser24 #8): one predicate in words of one class ("postponed" /
// "delayed", "cutting" / "eliminating" jobs), and "will close" read as the verb it is; and the pairs
// that must stay no support beside them.
const CASES: VerdictCase[] = [
  [
    'postponed and delayed',
    'The Kessby council postponed the vote on the Route 9 bus until March.',
    'Kessby council members delayed the vote on the Route 9 bus until March.',
    'supports',
  ],
  [
    'a vote held is not one postponed',
    'The Kessby council postponed the vote on the Route 9 bus until March.',
    'The Kessby council held the vote on the Route 9 bus in March.',
    'not supports',
  ],
  [
    'will shut and will close, cutting and eliminating jobs',
    'Tarnby Foods will shut the Ostvik bakery by mid-2027, cutting 300 jobs, the company said.',
    'Tarnby Foods said on Friday it will close its Ostvik bakery by mid-2027, eliminating 300 jobs.',
    'supports',
  ],
  [
    'another number of jobs',
    'Tarnby Foods will shut the Ostvik bakery by mid-2027, cutting 300 jobs, the company said.',
    'Tarnby Foods said on Friday it will close its Ostvik bakery by mid-2027, eliminating 250 jobs.',
    'not supports',
  ],
  [
    'cut to a number is not eliminating that number',
    'Tarnby Foods will cut the number of its bakeries to 30.',
    'Tarnby Foods will eliminate 30 of its bakeries.',
    'not supports',
  ],
  [
    'one verb: the level left is not the part cut',
    'Tarnby Foods will cut the number of its bakeries to 30.',
    'Tarnby Foods will cut 30 of its bakeries.',
    'not supports',
  ],
  [
    'the part cut, with and without "by"',
    'Tarnby Foods will cut its Ostvik staff by 40 people.',
    'Tarnby Foods will cut 40 people from its Ostvik staff.',
    'supports',
  ],
];

describe('support: one predicate in words of one class', () => testVerdicts(CASES));
