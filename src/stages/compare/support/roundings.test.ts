import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: a plain value is stated only by a value its rounding allows, not by the next one.
const ROWS: [string, string, string, boolean][] = [
  [
    'the next whole number is another value',
    'The survey said the quake was 35 miles southwest of Vessmark.',
    'The survey said the quake struck 36 miles southwest of Vessmark.',
    false,
  ],
  [
    'the next whole number, given beside another unit, is another value',
    'The survey said the quake was 35 miles southwest of Vessmark.',
    'The survey said the quake struck at about 58km (36 miles) south-west of Vessmark.',
    false,
  ],
  [
    'the same value',
    'The survey said the quake was 35 miles southwest of Vessmark.',
    'The survey said the quake struck 35 miles southwest of Vessmark.',
    true,
  ],
  [
    '"about" allows the next whole number',
    'The survey said the quake was about 35 miles southwest of Vessmark.',
    'The survey said the quake struck 36 miles southwest of Vessmark.',
    true,
  ],
  // an exact value states only itself, though a writer may have rounded one to the other
  [
    'a rounder value is another value',
    'The Vessmark marathon drew 26,300 runners on Sunday.',
    'The Vessmark marathon drew 26,000 runners on Sunday.',
    false,
  ],
  [
    'a rounder measure is another value',
    'Rainfall of 92 millimetres was recorded at the Orrin gauge in 24 hours.',
    'Rainfall of 90 millimetres was recorded at the Orrin gauge in 24 hours.',
    false,
  ],
  [
    'a more precise measure is another value',
    'Rainfall of 90 millimetres was recorded at the Orrin gauge in 24 hours.',
    'Rainfall of 92 millimetres was recorded at the Orrin gauge in 24 hours.',
    false,
  ],
  [
    'a count 5 % off is another value',
    'Mayor Tilde Orvane ordered the evacuation of 200 homes on the east bank.',
    'Mayor Tilde Orvane ordered the evacuation of 210 homes on the east bank.',
    false,
  ],
  [
    '"about" allows a count 5 % off',
    'Mayor Tilde Orvane ordered the evacuation of about 200 homes on the east bank.',
    'Mayor Tilde Orvane ordered the evacuation of 210 homes on the east bank.',
    true,
  ],
  [
    'an "about" value does not state an exact one',
    'Mayor Tilde Orvane ordered the evacuation of 200 homes on the east bank.',
    'Mayor Tilde Orvane ordered the evacuation of about 210 homes on the east bank.',
    false,
  ],
  [
    'one value written two ways',
    'The census counted 2.4 million residents in Vessmark county.',
    'The census counted 2,400,000 residents in Vessmark county.',
    true,
  ],
  [
    'one duration told in months and in years',
    'The Orrin bridge will stay closed for 12 months.',
    'The Orrin bridge will stay closed for a year.',
    true,
  ],
];

for (const [name, claim, evidence, supports] of ROWS)
  test(name, () => assert.equal(judgementOf(claim, evidence).verdict === 'supports', supports));

// Two exact values of one measure are a difference to check, whichever is the rounder.
const DIFFERS: [string, string][] = [
  [
    'Rainfall of 92 millimetres was recorded at the Orrin gauge in 24 hours.',
    'Rainfall of 90 millimetres was recorded at the Orrin gauge in 24 hours.',
  ],
  [
    'Mayor Tilde Orvane ordered the evacuation of 210 homes on the east bank.',
    'Mayor Tilde Orvane ordered the evacuation of 200 homes on the east bank.',
  ],
];
for (const [a, b] of DIFFERS)
  for (const [claim, evidence] of [
    [a, b],
    [b, a],
  ] as const)
    test(`differs: ${claim} / ${evidence}`, () =>
      assert.equal(judgementOf(claim, evidence).verdict, 'differs'));
