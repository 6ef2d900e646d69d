import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from './index.ts';

// The sentences of an invented article as their text.
function sentencesOf(text: string): string[] {
  const ctx = createContext();
  const [article] = readArticles([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }], {}, ctx);
  assert.ok(article);
  const out = segment()(article, ctx);
  return out.sentences.map((s) => article.text.slice(s.start, s.end));
}

const TITLE = 'Harbour bridge stays shut\n\n';

/** [case, paragraph, its sentences]: wink splits each of the first three inside the quotation. */
const CASES: [string, string, string[]][] = [
  [
    'a quoted question goes on in lower case with its speaker',
    '"Why now?" asked the mayor, Ana Berg. Then she left.',
    ['"Why now?" asked the mayor, Ana Berg.', 'Then she left.'],
  ],
  [
    'a quotation opened after the sentence’s own words stays in it up to where it closes',
    'The mayor said the city "will not stop. It will keep going" until the bridge opens. Officials agreed.',
    [
      'The mayor said the city "will not stop. It will keep going" until the bridge opens.',
      'Officials agreed.',
    ],
  ],
  [
    'a closing mark split from what it closes',
    'The officer yelled, “Stop! Do not move! ” Ann Wu recalled.',
    ['The officer yelled, “Stop! Do not move! ”', 'Ann Wu recalled.'],
  ],
  [
    'a quotation that opens its sentence keeps its splits: one claim each, the quote reading spans them',
    '"We will not stop. We will keep going," she added.',
    ['"We will not stop.', 'We will keep going," she added.'],
  ],
  [
    'a quotation longer than the cap keeps its splits',
    'Lee said the plan was "bold. Very bold. Too bold. Far too bold. Much too bold" for the city.',
    [
      'Lee said the plan was "bold.',
      'Very bold.',
      'Too bold.',
      'Far too bold.',
      'Much too bold" for the city.',
    ],
  ],
  [
    'a capitalised sentence after a closed quotation is a sentence of its own',
    '"We are ready." The mayor said it twice.',
    ['"We are ready."', 'The mayor said it twice.'],
  ],
];

for (const [name, paragraph, expected] of CASES)
  test(`segment, quotations: ${name}`, () => {
    assert.deepEqual(sentencesOf(TITLE + paragraph), expected);
  });

test('segment, quotations: a quotation its paragraph does not close joins nothing of the next one', () => {
  const sentences = sentencesOf(`${TITLE}Lee said the plan was "bold. Very bold.\n\nToo bold," he added.`);
  assert.deepEqual(sentences, ['Lee said the plan was "bold.', 'Very bold.', 'Too bold," he added.']);
});
