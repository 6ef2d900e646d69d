import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences: counts told as a partitive or by "a", and look-alikes that are not conflicts.
const CASES: readonly VerdictCase[] = [
  [
    'one thing told by "a" against a count of it, by one verb',
    'Dario Pell, 52, is serving a life sentence for the Vessmark bank robbery.',
    'Dario Pell is serving three life sentences.',
    'contradicts',
  ],
  [
    'one thing told by "a" against one of it told in digits',
    'Dario Pell, 52, is serving a life sentence for the Vessmark bank robbery.',
    'Dario Pell is serving one life sentence for the Vessmark robbery.',
    'not contradicts',
  ],
  [
    'one thing by "a" and a count of it told by other verbs (one of them)',
    'A bomb fell on the school in the Velmar camp, aid workers said.',
    'Five bombs were dropped on the Velmar camp, aid workers said.',
    'not contradicts',
  ],
  [
    'one thing picked out by what follows it is one of several (a part of the whole)',
    'Mayor Olsen will sign an executive order on Monday creating a Vessmark harbour council.',
    'Mayor Olsen is set to sign two executive orders on Monday that will create a Vessmark harbour council.',
    'not contradicts',
  ],
  [
    'one mile is a distance, not one thing',
    'The quake struck one mile north of Velmar on Sunday.',
    'The quake struck about 26 miles north of Velmar on Sunday.',
    'not contradicts',
  ],
  [
    'one more is an addition, not a count',
    'Police arrested one more suspect in the Vessmark robbery on Friday.',
    'Police have arrested three suspects in the Vessmark robbery.',
    'not contradicts',
  ],
  [
    'a partitive against a count, by one verb',
    'Seven of the smugglers were convicted by the Vessmark court on Friday.',
    'Five of the smugglers were convicted by the Vessmark court on Friday.',
    'contradicts',
  ],
  [
    'a partitive against the same count',
    'Seven of the smugglers were convicted by the Vessmark court on Friday.',
    'The Vessmark court convicted seven smugglers on Friday.',
    'not contradicts',
  ],
];

describe('count phrases', () => {
  testVerdicts(CASES);
});
