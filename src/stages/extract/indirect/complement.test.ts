import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// The subject of a cue after a clause joined by "and" (speaker.ts pastComplement).

/** [rule, sentence, speaker]. */
const CASES: [string, string, string][] = [
  [
    'a complement before "and" is no part of the next subject',
    'The biggest name without a deal is captain Lars Holm and The Harbour Gazette and Tide Radio are reporting that he is in talks with the port.',
    'Harbour Gazette and Tide Radio',
  ],
  [
    'a subject of two names stays whole',
    'Ann Wu and Lars Holm said on Monday that the ferry would run again in May.',
    'Ann Wu and Lars Holm',
  ],
];

for (const [rule, text, speaker] of CASES) {
  test(`indirect subject: ${rule}`, () => {
    const quotes = indirectQuotes(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]?.speaker?.name, speaker);
  });
}
