import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// newuser23 #5: "Brackwater Chemicals said it was cooperating with investigators and that it would “share
// …”" gave its "said" to the partial quote alone, so "cooperating" was read as the outlet's own tone. A
// partial quote's cue also reports the outlet's words that open its content before the quote marks.
// Invented sentences.
const CASES: [string, string[]][] = [
  [
    'Halden Paints said it was cooperating with investigators and that it would "share what we learn."',
    ['said: it was cooperating with investigators and that it would "share what we learn."'],
  ],
  [
    'Mayor Ines Lutz said the depot plan was "dead on arrival" and would fail.',
    ['said: the depot plan was "dead on arrival" and would fail'],
  ],
  // a whole quote, or two words before the marks, stay the quote's alone
  ['Mayor Ines Lutz said: "The depot plan is dead and it will fail."', []],
  ['Mayor Ines Lutz called it "dead on arrival for the whole town."', []],
];

for (const [text, expected] of CASES)
  test(`words before a partial quote: ${text}`, () => {
    const found = indirectQuotes(text).map((q) => `${q.cue}: ${q.text}`);
    assert.deepEqual(found, expected);
  });
