import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// newuser16 #5: two sizes of one gathering's crowd, named by other crowd nouns, adjectives and verbs,
// are one measure told with two values (a difference to check); other counts of that day are not.
// Invented sentences.
const CASES: readonly VerdictCase[] = [
  [
    'one rally: "about 300 people rallied" / "more than 1,000 furious residents packed the steps"',
    'About 300 people rallied outside Tarnby town hall on Wednesday evening to protest a plan to close the Brookside swimming pool.',
    'More than 1,000 furious residents packed the steps of Tarnby town hall on Wednesday night, demanding that the council drop its plan to close the Brookside swimming pool.',
    'contradicts',
  ],
  [
    'one rally told with one size by other nouns and verbs',
    'About 300 people rallied outside Tarnby town hall on Wednesday evening.',
    'Some 300 protesters gathered outside Tarnby town hall on Wednesday evening.',
    'not contradicts',
  ],
  [
    'a crowd and the workers of another task that day are two counts',
    'About 300 people rallied outside Tarnby town hall on Wednesday.',
    'About 40 workers repaired the roof of Tarnby town hall on Wednesday.',
    'not contradicts',
  ],
  [
    'two rallies of two places and days',
    'About 300 people rallied outside Tarnby town hall on Wednesday.',
    'About 1,000 residents rallied in Kelby on Saturday against a new road.',
    'not contradicts',
  ],
];

describe('crowd sizes', () => testVerdicts(CASES));
