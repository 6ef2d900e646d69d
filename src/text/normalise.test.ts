import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  CONTENT_POS_NO_ADVERBS,
  countWords,
  fold,
  foldName,
  isContentWord,
  isWord,
  stem,
} from './normalise.ts';

test('fold: lower case, accents stripped, curly apostrophes made straight', () => {
  const cases: [string, string][] = [
    ['López', 'lopez'],
    ['QUIÑONERO’S', "quinonero's"],
    ['Crossing', 'crossing'],
    ['‘Naïve’', "'naive'"],
    ['', ''],
    // plain ASCII is folded without the cache, other characters through it: the same folds
    ['U.S.-BASED', 'u.s.-based'],
    ['already lower', 'already lower'],
    ['~Tab\tAnd', '~tab\tand'],
    ['CAFÉ~', 'cafe~'],
  ];
  for (const [word, folded] of cases) assert.equal(fold(word), folded, word);
});

test('fold is stable: a folded word folds to itself, whatever its code points', () => {
  // any code points (astral ones, marks, controls) and whole graphemes; the same cases every run
  for (const unit of ['binary', 'grapheme'] as const)
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (word) => fold(fold(word)) === fold(word)),
      { numRuns: 2000, seed: 41 },
    );
});

test('foldName: also drops a final possessive and dots, and makes dashes hyphens', () => {
  const cases: [string, string][] = [
    ['Dr. Núñez’s', 'dr nunez'],
    ['U.S.', 'us'],
    ["O'Neill's", "o'neill"],
    ['Smith–Jones ', 'smith-jones'],
  ];
  for (const [name, folded] of cases) assert.equal(foldName(name), folded, name);
});

test('stem: one term for the forms of a word, irregular ones from the table', () => {
  const same: string[][] = [
    ['meeting', 'meets', 'met', 'meet'],
    ['crossings', 'crossing', 'Crossings'],
    ['declared', 'declaring', 'declare'],
    ['agencies', 'agency'],
    ['said', 'say', 'says'],
    ['saw', 'seen', 'sees', 'seeing', 'see'],
  ];
  for (const forms of same) assert.equal(new Set(forms.map(stem)).size, 1, forms.join(' '));
  // short words, and words with other characters, are kept as they are (folded)
  assert.equal(stem('bus'), 'bus');
  assert.equal(stem('COVID-19'), 'covid-19');
  assert.equal(stem('business'), 'business');
});

test('the content-word test: content parts of speech, no stop words, a letter or digit', () => {
  const token = (text: string, pos: string, stop = false) => ({ text, pos, stop });
  assert.equal(isContentWord(token('bridge', 'NOUN')), true);
  assert.equal(isContentWord(token('quickly', 'ADV')), true);
  assert.equal(isContentWord(token('quickly', 'ADV'), CONTENT_POS_NO_ADVERBS), false);
  assert.equal(isContentWord(token('the', 'DET', true)), false);
  assert.equal(isContentWord(token('was', 'VERB', true)), false);
  assert.equal(isContentWord(token('—', 'NOUN')), false);
  assert.equal(isWord('80,000'), true);
  assert.equal(isWord('…'), false);
});

test('countWords: runs of letters and digits with inner apostrophes, dots and hyphens', () => {
  const cases: [string, number][] = [
    ['U.S. state-of-the-art, 3.5 km', 4],
    ["the mayor's office — closed", 4],
    ['rock/pop', 2],
    ['', 0],
    ['  — … ', 0],
  ];
  for (const [text, n] of cases) assert.equal(countWords(text), n, text);
});
