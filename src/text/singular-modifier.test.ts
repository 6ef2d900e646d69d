import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { stem } from './normalise.ts';

// Invented sentences: a singular noun in -us or -is before the noun a number counts is its modifier
// (differ36: "1,200 bus drivers" was read as counting buses, so its value was no count of "900 drivers").
const CASES: [string, string][] = [
  ['About 1,200 bus drivers walked out in Pellam on Monday.', 'drivers'],
  ['Some 40 crisis workers were sent to the valley.', 'workers'],
  ['The club has 300 tennis players.', 'players'],
  // a plural still ends the phrase: "migrants" is what is counted
  ['Officials counted 500 migrants crossing the river.', 'migrants'],
];

for (const [sentence, counted] of CASES)
  test(`what the number counts in: ${sentence}`, () => {
    const found = figuresOf(sentence);
    assert.equal(found[0]?.counts, stem(counted), JSON.stringify(found));
  });
