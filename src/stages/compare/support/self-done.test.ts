import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: the claim's subject does its verb to itself, against a candidate that tells the
// verb's outcome without who did it; and the pair that must stay a support beside them.
const CASES: VerdictCase[] = [
  [
    'hanged himself is not stated by found hanging',
    'A gang boss in Torrecava hanged himself in his cell on Tuesday.',
    'A gang boss in Torrecava was found hanging in his cell on Tuesday.',
    'not supports',
  ],
  [
    'shot herself is not stated by was shot',
    'Constable Ilse Brandt shot herself in the leg at the Vessmark range on Friday.',
    'Constable Ilse Brandt was shot in the leg at the Vessmark range on Friday.',
    'not supports',
  ],
  [
    'turned himself in on both sides',
    'Ray Dunmore turned himself in to police in Vessmark on Friday.',
    'On Friday, Ray Dunmore turned himself in to police in Vessmark.',
    'supports',
  ],
];

describe('support: done to itself, untold', () => testVerdicts(CASES));
