import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Another place of one event (place-clash.ts): the same predicate, every figure and date agreeing,
// each side naming a place the other does not; not where nothing anchors it or one place is named
// more closely. Invented sentences.
const CASES: readonly VerdictCase[] = [
  [
    'another place',
    'The bomb went off in the Vessmark market on Sunday, killing 12 people.',
    'The bomb went off in the Velmar market on Sunday, killing 12 people.',
    'contradicts',
  ],
  [
    'a place named more closely on one side',
    'The bomb went off in the Vessmark market on Sunday, killing 12 people.',
    'The bomb went off in the Velmar market near Vessmark on Sunday, killing 12 people.',
    'not contradicts',
  ],
  [
    'another place of one predicate, nothing to anchor it',
    'Police arrested two men in Vessmark.',
    'Police arrested two men in Velmar.',
    'not contradicts',
  ],
];

describe('contradiction kinds: another place of the same event', () => {
  testVerdicts(CASES);
});
