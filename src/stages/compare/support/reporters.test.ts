import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: who reports and who is reported on, swapped, and the same report told twice.
const CASES: VerdictCase[] = [
  [
    'the source and the actor swapped',
    'Democrats said Republicans blocked two funding bills in the Valdorian Senate on Thursday.',
    'Republicans said Democrats blocked two funding bills in the Valdorian Senate on Thursday.',
    'not supports',
  ],
  [
    'one source, one actor, told in other words',
    'Democrats said Republicans blocked two funding bills in the Valdorian Senate on Thursday.',
    'Republicans blocked two funding bills in the Valdorian Senate on Thursday, Democrats said.',
    'supports',
  ],
];

describe('who reports and who is reported on', () => testVerdicts(CASES));
