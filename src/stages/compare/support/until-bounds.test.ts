import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// midreview34 finding 16: two outlets ending one state at two years ("closed until 2028" / "until
// 2027") was no difference to check. Invented sentences; the guards keep e2cc20e6's rule (a bound
// against the year of an event is two times) and the same bound on both sides a support.
const DAY = { claim: '2026-11-16', evidence: '2026-11-16' };
const CASES: readonly (readonly [string, string, string, 'differs' | 'supports' | 'not differs'])[] = [
  [
    'closed until one year against until another',
    'The Orrin road tunnel will stay closed until 2028 while engineers replace its ventilation, the roads agency said on Monday.',
    'The Orrin road tunnel will stay closed until 2027 while its ventilation is replaced, the roads agency said on Monday.',
    'differs',
  ],
  [
    'shut until one year against until another',
    'The Brask museum will remain shut until 2029, its director said.',
    'The Brask museum will remain shut until 2030, its director said.',
    'differs',
  ],
  [
    'till early one year against till another',
    'The Holm Street bridge will be closed till early 2028 for repairs.',
    'The Holm Street bridge will be closed till 2027 for repairs.',
    'differs',
  ],
  [
    'one bound on both sides: a support',
    'The Brask museum will remain shut until 2029, its director said.',
    'The Brask museum will remain shut until 2029, the director said.',
    'supports',
  ],
  [
    'a bound against the year of an event: two times, no difference',
    'The Brask museum will remain shut until 2029, its director said.',
    'The Brask museum was shut in 2025 after a flood, its director said.',
    'not differs',
  ],
  [
    'two things closed until two years: no difference',
    'The Orrin tunnel will stay closed until 2028, the agency said.',
    'The Orrin bridge will stay closed until 2027, the agency said.',
    'not differs',
  ],
  [
    'two parts of one thing closed until two years: no difference',
    'The east wing of the Brask museum will stay closed until 2027.',
    'The west wing of the Brask museum will stay closed until 2028.',
    'not differs',
  ],
  [
    'closed to two kinds of traffic until two years: no difference',
    'The Orrin tunnel will stay closed to trucks until 2028.',
    'The Orrin tunnel will stay closed to cars until 2027.',
    'not differs',
  ],
];

describe('two ends of one state ("until 2028" / "until 2027") are a difference to check', () => {
  for (const [name, claim, evidence, expected] of CASES)
    test(name, () => {
      const j = judgementOf(claim, evidence, DAY);
      if (expected === 'not differs') assert.notEqual(j.verdict, 'differs', j.reason);
      else assert.equal(j.verdict, expected, j.reason);
      if (expected === 'differs') assert.equal(j.reason, 'another time');
    });
});
