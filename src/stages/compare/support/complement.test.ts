import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: the same verb told with another complement (what it is done to, or its manner).
const CASES: VerdictCase[] = [
  [
    'run as normal is not run a reduced timetable',
    'Orrin Line said all crossings would run as normal.',
    'Orrin Line said it would run a reduced timetable on its busiest crossings.',
    'not supports',
  ],
  [
    'a manner untold ("as usual")',
    'The Brisk Harbour ferries ran as usual on Monday.',
    'The Brisk Harbour ferries ran on Monday.',
    'not supports',
  ],
  [
    'the same verb done to another thing',
    'The Tarnby council closed the pier on Monday.',
    'The Tarnby council closed the harbour on Monday.',
    'not supports',
  ],
  [
    'the same complement in other words around it still supports',
    'The Tarnby council closed the pier on Monday.',
    'On Monday the Tarnby council closed the pier.',
    'supports',
  ],
  [
    'the verb with no object of its own in the candidate (its own wording) still supports',
    'Tarnby police began an investigation into the fire on Monday.',
    'Tarnby police began investigating the fire on Monday.',
    'supports',
  ],
  [
    'the manner told in the candidate supports',
    'The Brisk Harbour ferries ran as normal on Monday.',
    'On Monday the Brisk Harbour ferries ran as normal, the operator said.',
    'supports',
  ],
];

describe('support: the complement of the predicate', () => testVerdicts(CASES));
