import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MARKS, PIECES } from './fixtures/invented.ts';
import { CLOSING_TOKENS, isApostrophe, OPENING_TOKENS } from './marks.ts';
import { quotedTokens } from './tokens.ts';

// Words (an apostrophe inside one kept in it) and single punctuation marks, as a tokenizer gives them.
const tokensOf = (text: string) =>
  Array.from(text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\S/gu), (m) => ({
    text: m[0],
    start: m.index,
  }));

function quoted(text: string): string[] {
  const tokens = tokensOf(text);
  return quotedTokens(tokens, text).map(({ open, close }) =>
    tokens
      .slice(open + 1, close)
      .map((t) => t.text)
      .join(' '),
  );
}

const CASES: [string, string[]][] = [
  ['The so-called “sanctuary cities” and the "caravan" grew.', ['sanctuary cities', 'caravan']],
  // a mark stuck to a word opens nothing: the pair is passed over
  ['Set key="value" then the "fix" ran.', ['fix']],
  // apostrophes and single marks are no double quotation; a mark left open ends the reading
  ["Don't call it ‘the people’s pier’ or “the ’90s.", []],
];

for (const [text, expected] of CASES)
  test(`quoted tokens of: ${text}`, () => assert.deepEqual(quoted(text), expected));

const texts = fc
  .array(fc.tuple(fc.constantFrom(...PIECES, ...MARKS), fc.constantFrom(' ', '')), { maxLength: 16 })
  .map((parts) => parts.map(([p, glue]) => p + glue).join(''));

test('property: quotations never overlap, open at an opening mark before their closing one, never at an apostrophe', () => {
  fc.assert(
    fc.property(texts, (text) => {
      const tokens = tokensOf(text);
      let last = -1;
      for (const { open, close } of quotedTokens(tokens, text)) {
        const mark = tokens[open] as { text: string; start: number };
        assert.ok(open > last && open < close, JSON.stringify(text));
        assert.ok(
          OPENING_TOKENS.has(mark.text) && CLOSING_TOKENS.has((tokens[close] as { text: string }).text),
        );
        assert.ok(!isApostrophe(text, mark.start), `an apostrophe opens ${JSON.stringify(text)}`);
        last = close;
      }
    }),
  );
});
