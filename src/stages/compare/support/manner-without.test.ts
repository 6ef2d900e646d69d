import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (issue 10, session 42, after the blind round dev-contra-2026-12-17): "without
// incident" tells how an arrest went, not that it did not happen, so the side is no negation and its
// day is weighed; "without" of a thing not done still negates.
const CASES: readonly VerdictCase[] = [
  [
    'arrested "without incident" on another day: one arrest told on two days',
    'Tomas Venn and Ole Brandt were arrested by harbour police on Tuesday, Ada Lind said at a news conference.',
    'Lind said both Venn and Brandt were arrested Wednesday morning without incident by eight harbour police officers.',
    'contradicts',
  ],
  [
    'the same arrest on the same day, "without incident"',
    'Tomas Venn and Ole Brandt were arrested by harbour police on Wednesday, Ada Lind said at a news conference.',
    'Lind said both Venn and Brandt were arrested Wednesday morning without incident by eight harbour police officers.',
    'not contradicts',
  ],
  [
    '"without" a thing not done: the side is negated, its day no clash',
    'Tomas Venn and Ole Brandt were arrested by harbour police on Tuesday, Ada Lind said at a news conference.',
    'Venn and Brandt left the harbour on Wednesday without being arrested, Ada Lind said.',
    'not contradicts',
  ],
];

describe('"without incident" is no negation (predicate-words.ts mannerWithout)', () => testVerdicts(CASES));
