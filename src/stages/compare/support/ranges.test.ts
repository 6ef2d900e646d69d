import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences: one measure given as two ranges.
const CASES: readonly VerdictCase[] = [
  [
    'two ranges that share one end and differ at the other',
    'The worst hit villages of Velmar sustained between 40 and 80 percent damage.',
    'The governor said 40 percent to 70 percent of the buildings in the villages of Velmar were destroyed.',
    'contradicts',
  ],
  [
    'one range written two ways',
    'The worst hit villages of Velmar sustained between 40 and 80 percent damage.',
    'The governor said 40 percent to 80 percent of the buildings in the villages of Velmar were damaged.',
    'not contradicts',
  ],
  [
    'two figures of one unit that are no range',
    'The storm damaged 40 percent of the houses in Velmar and 80 percent of its barns.',
    'The governor said 40 percent of the houses in Velmar and 70 percent of its schools were damaged by the storm.',
    'not contradicts',
  ],
];

describe('ranges', () => {
  testVerdicts(CASES);
});
