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
  [
    'a rounder value that allows the claim’s',
    'The Vessmark marathon drew 26,300 runners on Sunday.',
    'The Vessmark marathon drew 26,000 runners on Sunday.',
    true,
  ],
];

for (const [name, claim, evidence, supports] of ROWS)
  test(name, () => assert.equal(judgementOf(claim, evidence).verdict === 'supports', supports));
