import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Leaving what a claim says one is in (left.ts): [rule, claim, candidate, supports?].
const CASES: [string, string, string, boolean][] = [
  [
    'pulled out of negotiations is not in negotiations',
    'Lars Holm is in negotiations with the Vessmark port to return as harbour master.',
    'Lars Holm has reportedly pulled out of negotiations to return as harbour master at the Vessmark port.',
    false,
  ],
  [
    'withdrew from the talks is not in the talks',
    'The Vessmark dockers union is in talks with the port over the new shift rota.',
    'The Vessmark dockers union withdrew from talks with the port over the new shift rota.',
    false,
  ],
  [
    'in negotiations does not state pulling out (the other way round)',
    'Lars Holm pulled out of negotiations to return as harbour master at the Vessmark port.',
    'Lars Holm is in negotiations to return as harbour master at the Vessmark port.',
    false,
  ],
  [
    'a passive "pulled out of the rubble" is no leaving',
    'Rescuers pulled two men from the rubble of the Vessmark mill on Monday.',
    'Two men were pulled out of the rubble of the Vessmark mill by rescuers on Monday.',
    true,
  ],
  [
    'leaving told on both sides',
    'Lars Holm pulled out of the race for harbour master at the Vessmark port on Monday.',
    'On Monday Lars Holm pulled out of the race for harbour master at the Vessmark port.',
    true,
  ],
];

for (const [rule, claim, candidate, supports] of CASES) {
  test(`left on one side: ${rule}`, () => {
    const { verdict, reason } = judgementOf(claim, candidate);
    assert.equal(verdict === 'supports', supports, `${verdict}: ${reason}`);
  });
}
