import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from './index.ts';
import { sentencesOf } from './test-kit.ts';

// [text, its sentences]: a lower-case word wink-nlp takes for an abbreviation ends its sentence.
const CASES: [string, string[]][] = [
  [
    'The krona fell after a report that Mayor Voss was seriously ill. Voss has been out of view for days.',
    [
      'The krona fell after a report that Mayor Voss was seriously ill.',
      'Voss has been out of view for days.',
    ],
  ],
  ['Ann Wu sat. Lee stood by the quay.', ['Ann Wu sat.', 'Lee stood by the quay.']],
  [
    'The barge carried iron ore. Tessel Lines owns it.',
    ['The barge carried iron ore.', 'Tessel Lines owns it.'],
  ],
  // the state's abbreviation, in capitals, and a word before a small letter stay as wink reads them
  ['She lived in Quarry Falls, Ill. for a year.', ['She lived in Quarry Falls, Ill. for a year.']],
  ['He fell ill. the rest stayed.', ['He fell ill. the rest stayed.']],
];

for (const [text, expected] of CASES)
  test(`sentences of: ${text}`, () => assert.deepEqual(sentencesOf(`Quay news\n\n${text}`), expected));

test('the word and its stop are two tokens, the word tagged as the list says', () => {
  const ctx = createContext();
  const [article] = readArticles(
    [{ path: 'a.txt', bytes: new TextEncoder().encode('Quay news\n\nThe mayor was ill. Voss left.') }],
    {},
    ctx,
  );
  assert.ok(article);
  const first = segment()(article, ctx).sentences[0];
  assert.deepEqual(
    first?.tokens.slice(-2).map((t) => [t.text, t.pos]),
    [
      ['ill', 'ADJ'],
      ['.', 'PUNCT'],
    ],
  );
});
