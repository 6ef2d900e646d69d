import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteWords, wordingOf } from './wording.ts';

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
