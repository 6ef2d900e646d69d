import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { numberAt } from './number-at.ts';

const tokensOf = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0]?.tokens ?? [];

test('a bare number is read wherever it is written; a count only before what it counts', () => {
  const cases: [string, string, number | null, number | null][] = [
    // [sentence, the word read, its count (default), its bare value]
    ['The toll at Varnley has risen to four.', 'four', null, 4],
    ['Four of them swam to the Osk jetty.', 'Four', null, 4],
    ['Four ferries sailed from Osk on Monday.', 'Four', 4, 4],
    ['The toll at Varnley has risen to twenty-five.', 'twenty', null, 25],
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
