import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: the same names and verb, in the same or in other roles.
const CASES: [string, string, string, string][] = [
  [
    'the winner and the loser swapped',
    'Ann Wu defeated Tom Reyes in the Vessmark mayoral race on Sunday.',
    'Tom Reyes defeated Ann Wu in the Vessmark mayoral race on Sunday.',
    'related',
  ],
  [
    'a passive with "by" keeps the roles',
    'Ann Wu defeated Tom Reyes in the Vessmark mayoral race on Sunday.',
    'Tom Reyes was defeated by Ann Wu in the Vessmark mayoral race on Sunday.',
    'supports',
  ],
  [
    'a passive with the roles swapped',
    'Ann Wu defeated Tom Reyes in the Vessmark mayoral race on Sunday.',
    'Ann Wu was defeated by Tom Reyes in the Vessmark mayoral race on Sunday.',
    'related',
  ],
  [
    'an opening phrase with a place is no subject',
    'Ann Wu defeated Tom Reyes in the Vessmark mayoral race on Sunday.',
    'In the Vessmark mayoral race on Sunday, Ann Wu defeated Tom Reyes.',
    'supports',
  ],
  [
    'a verb whose two sides do the same ("met") never swaps',
    'Ann Wu met Tom Reyes in Vessmark on Monday.',
    'Tom Reyes met Ann Wu in Vessmark on Monday.',
    'supports',
  ],
  [
    'who reports is no role of the event ("said Wu" / "Wu said")',
    'Lee Park was denied a permit in March, said Ann Wu.',
    'Ann Wu said Lee Park had been denied a permit in March.',
    'supports',
  ],
];

for (const [name, claim, evidence, verdict] of CASES)
  test(`roles: ${name}`, () => {
    const j = judgementOf(claim, evidence);
    assert.equal(j.verdict, verdict, j.reason);
  });
