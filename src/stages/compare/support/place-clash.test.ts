import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Another place of one event (place-clash.ts): the same predicate, every figure and date agreeing,
// each side naming a place the other does not; not where nothing anchors it or one place is named
// more closely. Counts told otherwise in two places, each named by one side only, are two events'
// (twoPlaces). Invented sentences.
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
  // review45b #3: two towns' look-alike fires grouped in one story were one count told otherwise
  [
    'a count of one kind of event in two places, each named by one side only',
    'A fire at a paint plant in Vellby injured three workers on Monday, officials said.',
    'Four workers were hurt when a fire broke out at a paint plant in Dunmere on Monday, police said.',
    'not contradicts',
  ],
  [
    'a count of one kind of event in two places, told by one verb',
    'Three workers were injured in a fire at a paint plant in Vellby on Monday.',
    'Four workers were injured in a fire at a paint plant in Dunmere on Monday.',
    'not contradicts',
  ],
  [
    'a count of one event, its place named more closely on one side',
    'Three workers were injured in a fire at the Orsk plant in Vellby on Monday.',
    'Four workers were injured in a fire at the Orsk plant on Monday.',
    'contradicts',
  ],
  [
    'a count of one event, a town on one side and its country on the other',
    'Three soldiers were killed in a bombing in Vessmark on Monday.',
    'Four soldiers were killed in a bombing in Iraq on Monday.',
    'contradicts',
  ],
];

describe('contradiction kinds: another place of the same event', () => {
  testVerdicts(CASES);
});
