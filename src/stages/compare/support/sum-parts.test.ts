import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// midreview34 finding 15: a count told in parts ("four … and two more") against its sum ("six") was a
// difference to check. Invented sentences; the guard keeps a count whose parts sum to another value.
const CASES: readonly (readonly [string, string, string, boolean])[] = [
  [
    '"and two more" adds up to the other side',
    'Four people were hurt in the Tollby crash and two more were taken to hospital.',
    'Six people were hurt in the Tollby crash.',
    false,
  ],
  [
    '"another three" adds up to the other side',
    'Police in Marsby arrested five protesters on Friday and another three on Saturday.',
    'Police in Marsby arrested eight protesters.',
    false,
  ],
  [
    '"an additional 20" adds up to the other side',
    'The Velmoor council hired 30 teachers in May and an additional 20 teachers in June.',
    'The Velmoor council hired 50 teachers.',
    false,
  ],
  [
    'parts that add up to another value: still a difference',
    'Four people were hurt in the Tollby crash and two more were taken to hospital.',
    'Nine people were hurt in the Tollby crash.',
    true,
  ],
  [
    'each side tells the first part beside its count: two values of the others (newuser15 #3)',
    'The blast at the Harlo quarry on Monday killed one miner and injured 14 others.',
    'One miner died and 15 people were injured in the blast at the Harlo quarry on Monday.',
    true,
  ],
  [
    'both sides told in the same parts, the added count differing',
    'The blast at the Harlo quarry on Monday killed one miner and injured 14 others.',
    'The blast at the Harlo quarry on Monday, which killed one miner and injured 15 others, was the third this year.',
    true,
  ],
];

describe('a count told in parts is no other value of its sum', () => {
  for (const [name, claim, evidence, differs] of CASES)
    test(name, () => {
      for (const [x, y] of [
        [claim, evidence],
        [evidence, claim],
      ] as const) {
        const j = judgementOf(x, y, { claim: '2026-11-16', evidence: '2026-11-16' });
        assert.equal(j.verdict === 'differs', differs, `${j.verdict}: ${j.reason}`);
      }
    });
});
