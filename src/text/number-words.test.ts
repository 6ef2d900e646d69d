import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { figures } from '../stages/extract/figures/test-kit.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { insideWordNumber, wordNumberAt } from './number-words.ts';

const tokensOf = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0]?.tokens ?? [];

// Invented sentences: a number told in words is one value, whichever stage reads it.
const CASES: [string, number][] = [
  ['One hundred and forty walkers reached the summit on Sunday.', 140],
  ['Rangers said one hundred and forty walkers reached the summit.', 140],
  ['The ferry carried a hundred and twelve passengers.', 112],
  ['The ferry carried one hundred forty passengers.', 140],
  ['Two thousand five hundred runners crossed the line.', 2500],
  ['Forty-two runners crossed the line.', 42],
  ['The club planted twenty five oak trees.', 25],
  ['Three hundred thousand households lost power.', 300_000],
  ['About one hundred and fifty volunteers turned up.', 150],
  ['The choir sold fifteen hundred tickets.', 1500],
  ['The choir sold two thousand and five tickets.', 2005],
];

test('a number told in words is one value for the extract stage and the support judge', () => {
  for (const [sentence, value] of CASES) {
    assert.deepEqual(
      figures(sentence).map((f) => f.value),
      [value],
      `extract: ${sentence}`,
    );
    assert.deepEqual(
      figuresOf(sentence).map((f) => f.value),
      [value],
      `support judge: ${sentence}`,
    );
  }
});

test('the words of one number are read once, from its first word', () => {
  const tokens = tokensOf('One hundred and forty walkers reached the summit.');
  assert.deepEqual(wordNumberAt(tokens, 0), { value: 140, end: 4, compound: true });
  assert.equal(insideWordNumber(tokens, 1), true);
  assert.equal(insideWordNumber(tokens, 3), true);
  assert.equal(insideWordNumber(tokens, 0), false);
});

test('"a" opens a number only before "hundred" or a scale more words follow', () => {
  // [sentence, token index of "a", value or null]
  const cases: [string, number, number | null][] = [
    ['They sold a hundred and twelve tickets.', 2, 112],
    ['They sold a hundred tickets.', 2, 100],
    ['They sold a thousand and five tickets.', 2, 1005],
    // a way of speaking as often as a count
    ['They had a million reasons to stay.', 2, null],
    ['They sold a ticket.', 2, null],
  ];
  for (const [sentence, at, value] of cases)
    assert.equal(wordNumberAt(tokensOf(sentence), at)?.value ?? null, value, sentence);
});

test('two numbers side by side, or a list, are not read as one', () => {
  // "two thousand" and "five thousand" are two amounts; "forty, two" a list
  assert.equal(wordNumberAt(tokensOf('Some two thousand five thousand'), 1)?.value, 2000);
  assert.equal(wordNumberAt(tokensOf('They counted forty, two more came'), 2)?.value, 40);
  assert.equal(wordNumberAt(tokensOf('They counted forty and two more came'), 2)?.value, 40);
});

test('the two ends of a range told in words are two numbers, not one (review43)', () => {
  // "between two thousand and three thousand" was read 2,003,000, "one hundred and two hundred" 10,200
  assert.equal(wordNumberAt(tokensOf('Between two thousand and three thousand came'), 1)?.value, 2000);
  assert.equal(wordNumberAt(tokensOf('Between one hundred and two hundred came'), 1)?.value, 100);
  assert.equal(wordNumberAt(tokensOf('Some one hundred and forty thousand came'), 1)?.value, 140_000);
  assert.deepEqual(
    figures('Between two thousand and three thousand protesters marched.').map((f) => f.value),
    [2000],
  );
});
