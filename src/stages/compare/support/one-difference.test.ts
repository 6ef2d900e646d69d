import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (issue 10, session 42): two days of an event are one event told twice where the
// numbers both sides give of one unit agree, or where both name one thing ("the ferry": other-words.test
// keeps that clash); where every number differs too and a side opens on one not named before ("An
// earthquake …"), the two are two events of a kind (two quakes, two raids), not a contradiction.
const CASES: readonly VerdictCase[] = [
  [
    'two quakes of a region: other day, other magnitude',
    'The 4.2-magnitude earthquake was recorded at about 9:27 a.m. Sunday near Dunmore, according to the Velmar Seismic Office.',
    'An earthquake with a preliminary magnitude of 4.6 was recorded near Dunmore on Thursday morning, according to the Velmar Seismic Office.',
    'not contradicts',
  ],
  [
    'one quake of one magnitude told on two days',
    'The 4.2-magnitude earthquake was recorded at about 9:27 a.m. Sunday near Dunmore, according to the Velmar Seismic Office.',
    'An earthquake with a preliminary magnitude of 4.2 was recorded near Dunmore on Thursday morning, according to the Velmar Seismic Office.',
    'contradicts',
  ],
  [
    'one raid, the same count, two days',
    'Harbour police arrested 26 smugglers in three boats off Vessmark on Friday.',
    'On Thursday, harbour police arrested 26 smugglers off Vessmark.',
    'contradicts',
  ],
  [
    'two raids: other count, other day',
    'Harbour police arrested 26 smugglers in three boats off Vessmark on Friday.',
    'A harbour police patrol arrested 11 smugglers off Vessmark on Thursday.',
    'not contradicts',
  ],
];

describe('two days and every number other: two events (one-difference.ts)', () => testVerdicts(CASES));
