import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: a claim that calls its thing the first of its kind, against a candidate that tells
// no first (a number of the claim untold), and the pairs that must stay supports beside them.
const CASES: VerdictCase[] = [
  [
    'her first title is not stated by the title',
    'Mira Holt won her first national title in Vessmark on Sunday.',
    'Mira Holt won the national title in Vessmark on Sunday.',
    'not supports',
  ],
  [
    "the magazine's first year left out",
    'Ada Lind said her appearance in the Pellworth Review in its first year was a milestone.',
    'Ada Lind said her appearance in the Pellworth Review was a milestone.',
    'not supports',
  ],
  [
    'the first told on both sides',
    'Mira Holt won her first national title in Vessmark on Sunday.',
    'On Sunday in Vessmark, Mira Holt won her first national title.',
    'supports',
  ],
  [
    'a maiden crossing is a first crossing',
    'The ferry Kestrel made its first crossing to Pellworth on Monday.',
    'The ferry Kestrel made its maiden crossing to Pellworth on Monday.',
    'supports',
  ],
];

describe('support: a first untold', () => testVerdicts(CASES));
