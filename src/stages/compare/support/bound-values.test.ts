import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences: a bound or an estimate is held by the value it names, written in any form, not
// by another writer's estimate of another value inside it (issue 10: "every number … appears, in any
// written form, in every cited supporter's evidence"). Written on the dev report audit's "at least
// 15,000" cited to "nearly 23,000" (bench/report-audit.ts).
const CASES: readonly VerdictCase[] = [
  [
    'a lower bound against another estimate inside it',
    'Officer Hal Brun said at least 15,000 refugees who fled the fighting in Vostria are living in the Kemba camp.',
    'Aid workers said nearly 23,000 refugees who fled the fighting in Vostria are living in the Kemba camp.',
    'not supports',
  ],
  [
    'an estimate against a bound of another value',
    'About 300 workers walked out of the Drenmoor mill on Tuesday, the union said.',
    'More than 250 workers walked out of the Drenmoor mill on Tuesday, the union said.',
    'not supports',
  ],
  [
    'the same value with other qualifiers',
    'Officer Hal Brun said at least 15,000 refugees who fled the fighting in Vostria are living in the Kemba camp.',
    'Aid workers said more than fifteen thousand refugees who fled the fighting in Vostria are living in the Kemba camp.',
    'supports',
  ],
  [
    'an exact count inside a bound',
    'At least 40 boats took part in the Vessmark regatta on Sunday.',
    'Forty-two boats took part in the Vessmark regatta on Sunday.',
    'supports',
  ],
];

describe('bound values', () => {
  testVerdicts(CASES);
});
