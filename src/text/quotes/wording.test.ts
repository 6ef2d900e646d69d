import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteWords, trimmedPieces, trimmedWordForWord, wordingOf } from './wording.ts';

test('how one quote carries another: word for word, in other words, or not at all; either way round', () => {
  const cases: [string, string, 'quoted' | 'paraphrased' | null][] = [
    ['We will help every owner rebuild', 'We will help every owner rebuild now', 'quoted'],
    ['We will help every owner rebuild', 'We will help every single owner rebuild', 'paraphrased'],
    ['We will help every owner rebuild', 'The ferry will not sail on Sunday', null],
  ];
  for (const [a, b, wording] of cases) {
    assert.equal(wordingOf(quoteWords(a), quoteWords(b)), wording, `${a} | ${b}`);
    assert.equal(wordingOf(quoteWords(b), quoteWords(a)), wording, `${b} | ${a}`);
  }
});

test('a quote trimmed with ellipses runs word for word in the whole quote, its pieces in order', () => {
  const whole = quoteWords('We will rebuild this pier by the spring, whatever it costs').run;
  assert.deepEqual(trimmedPieces('We will rebuild … whatever it costs'), [
    ' we will rebuild ',
    ' whatever it costs ',
  ]);
  assert.equal(trimmedPieces('We will rebuild this pier'), null);
  assert.equal(trimmedPieces('We will rebuild …'), null);
  assert.equal(
    trimmedWordForWord(trimmedPieces('We will rebuild this pier [...] whatever it costs'), whole),
    true,
  );
  assert.equal(trimmedWordForWord(trimmedPieces('whatever it costs … We will rebuild'), whole), false);
  assert.equal(trimmedWordForWord(trimmedPieces('We will rebuild … whatever it takes'), whole), false);
});
