import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { markedAhead, mayMarkAhead } from './plan-tense.ts';

// Invented sentences, each with one marker markedAhead reads (a future word, "'d", "to" after a form
// of "be" or an intent word) or none: planAgainstDone passes over a pair neither side of which
// mayMarkAhead, so it must hold wherever markedAhead finds a verb told ahead.
const AHEAD = [
  'The Vessmark council will sign the pier contract on Friday.',
  'The ministers are to meet in Velmar next week.',
  'The ferry company plans to close the east terminal.',
  'The new quay is expected to open in the spring.',
  'The harbour board is due to vote on the fees.',
  "Lind said she'd sign the deal if the council agreed.",
  'The repairs would soon be finished, the engineers said.',
];
const NOT_AHEAD = [
  'The Vessmark council signed the pier contract on Friday.',
  'Divers went to the east pier to fix the ramp.',
  'The ministers met in Velmar and talked to the press.',
];

const tokensOf = (text: string) => {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  return doc?.sentences.flatMap((s) => s.tokens) ?? [];
};

test('mayMarkAhead holds of every sentence where markedAhead finds a verb told ahead', () => {
  for (const text of AHEAD) {
    const tokens = tokensOf(text);
    assert.ok(
      tokens.some((_, i) => markedAhead(tokens, i)),
      `markedAhead finds none in: ${text}`,
    );
    assert.equal(mayMarkAhead(tokens), true, text);
  }
  for (const text of NOT_AHEAD) {
    const tokens = tokensOf(text);
    assert.equal(
      tokens.some((_, i) => markedAhead(tokens, i)),
      false,
      text,
    );
    assert.equal(mayMarkAhead(tokens), false, text);
  }
});

test('mayMarkAhead reads an "\'d" whatever it was normalised to, as markedAhead does', () => {
  // ("she'd sign" with the "'d" normalised to "had", as another tokeniser may)
  const words: [string, string, string][] = [
    ['she', 'she', 'PRON'],
    ["'d", 'had', 'AUX'],
    ['sign', 'sign', 'VERB'],
  ];
  let start = 0;
  const tokens = words.map(([text, norm, pos]) => {
    const t = { start, end: start + text.length, text, norm, pos, stop: false, entity: undefined };
    start = t.end + 1;
    return t;
  });
  assert.equal(markedAhead(tokens, 2), true);
  assert.equal(mayMarkAhead(tokens), true);
});
