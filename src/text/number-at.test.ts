import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { numberAt } from './number-at.ts';

const tokensOf = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0]?.tokens ?? [];

test('a bare number is read wherever it is written; a count only before what it counts or as a level', () => {
  const cases: [string, string, number | null, number | null][] = [
    // [sentence, the word read, its count (default), its bare value]
    ['The ferry at Varnley sailed to four.', 'four', null, 4],
    ['Four of them swam to the Osk jetty.', 'Four', null, 4],
    ['Four ferries sailed from Osk on Monday.', 'Four', 4, 4],
    // a level a measure verb gives by "at" or "to": a figure though no noun follows
    ['The toll at Varnley has risen to four.', 'four', 4, 4],
    ['The toll at Varnley has risen to twenty-five.', 'twenty', 25, 25],
    ['The toll in Varnley stood at seven on Wednesday afternoon.', 'seven', 7, 7],
    ['Wardens put the toll from the Osk landslide at nine.', 'nine', 9, 9],
    // a clock verb's "at seven" is no level (a time of day, if anything)
    ['The Osk council met at seven on Wednesday.', 'seven', null, 7],
    ['The Varnley fair starts at seven this evening.', 'seven', null, 7],
    ['She rose at seven and left Osk.', 'seven', null, 7],
    ['The Osk ferry carried 1,200 people.', '1,200', 1200, 1200],
  ];
  for (const [text, word, count, bare] of cases) {
    const tokens = tokensOf(text);
    const i = tokens.findIndex((t) => t.text === word);
    assert.ok(i >= 0, text);
    assert.equal(numberAt(tokens, i)?.value ?? null, count, text);
    assert.equal(numberAt(tokens, i, { bare: true })?.value ?? null, bare, text);
  }
});
