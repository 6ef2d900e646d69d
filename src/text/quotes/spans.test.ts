import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Doc } from '../annotated.ts';
import { MARKS, PIECES, paragraphsOf } from './fixtures/invented.ts';
import { isApostrophe } from './marks.ts';
import { findQuoteSpans } from './spans.ts';

// An annotated article of invented paragraphs (one a line); the quote spans read only text and paragraphs.
const docOf = (text: string): Doc => ({
  id: 'a',
  text,
  tokens: [],
  tokenSentence: new Int32Array(0),
  tokenSpaced: new Uint8Array(0),
  sentences: [],
  paragraphs: paragraphsOf(text),
  skip: [],
  quoteMarks: [],
});

const quoted = (text: string) => findQuoteSpans(docOf(text)).map((q) => text.slice(q.start, q.end));

const CASES: [string, string[]][] = [
  ['“We will rebuild the pier,” Lee said, and "soon."', ['We will rebuild the pier', 'soon.']],
  // single quotes and apostrophes stay inside; a straight mark stuck to a word opens nothing
  ['“Don\'t call it ‘the people’s pier,’” she said of the 12" pipe.', ["Don't call it ‘the people’s pier,’"]],
  ["``The girder is cracked,'' Bright said.", ['The girder is cracked']],
  // a quote runs on into the next paragraph when that one opens with a mark
  [
    '“The pier will stay shut all winter.\n“Then we rebuild,” she said.',
    ['The pier will stay shut all winter.\n“Then we rebuild'],
  ],
  // a line that opens with no mark but closes the quote left open goes on with it (a sentence a line)
  [
    '“We are glad to be back.\nYou know what they say, the third time is lucky,” Vell said.',
    ['We are glad to be back.\nYou know what they say, the third time is lucky'],
  ],
  [
    '"We are glad to be back.\nYou know what they say, the third time is lucky, "Vell said.',
    ['We are glad to be back.\nYou know what they say, the third time is lucky'],
  ],
  ["``We are glad.\nThe third time is lucky,'' Vell said.", ['We are glad.\nThe third time is lucky']],
  // … not a line whose first mark opens a quote of its own
  ['“We are done\nThe council met. “Soon,” Lee said.', ['We are done', 'Soon']],
  ['"We are done\nThe council met. "Soon," Lee said.', ['Soon']],
  // an unclosed curly quote ends with its paragraph, an unclosed straight one is no quote
  ['“We are done\nThe council met.', ['We are done']],
  ['The pipe is 12" wide\nThe council met.', []],
];

for (const [text, expected] of CASES)
  test(`quote spans of: ${text.replace(/\n/g, ' | ')}`, () => assert.deepEqual(quoted(text), expected));

const texts = fc
  .array(fc.tuple(fc.constantFrom(...PIECES, ...MARKS), fc.constantFrom(' ', '', '\n')), { maxLength: 16 })
  .map((parts) => parts.map(([p, glue]) => p + glue).join(''));

test('property: spans never overlap, each opening mark precedes its closing one, no apostrophe opens one', () => {
  fc.assert(
    fc.property(texts, (text) => {
      let last = -1;
      for (const q of findQuoteSpans(docOf(text))) {
        assert.ok(
          q.open >= last && q.open < q.start && q.start < q.end && q.end <= q.close,
          JSON.stringify([text, q]),
        );
        assert.ok(!isApostrophe(text, q.open), `an apostrophe opens ${JSON.stringify(text)}`);
        last = q.close;
      }
    }),
  );
});
