import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from './index.ts';

function sentencesOf(text: string): string[] {
  const ctx = createContext();
  const [article] = readArticles([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }], {}, ctx);
  assert.ok(article);
  const { article: read, sentences } = segment()(article, ctx);
  return sentences.map((s) => read.text.slice(s.start, s.end));
}

// [invented paragraph, the sentences it must give]: a web address ends no sentence
const CASES: [string, string[]][] = [
  [
    'Following a scoop, Reelnews.com reports that Lind will direct. The studio declined to comment.',
    ['Following a scoop, Reelnews.com reports that Lind will direct.', 'The studio declined to comment.'],
  ],
  // a lower-case word after a stop and a space still opens one
  ['The mill closed. it reopened in May.', ['The mill closed.', 'it reopened in May.']],
];

for (const [text, expected] of CASES)
  test(`sentences of: ${text}`, () => assert.deepEqual(sentencesOf(text), expected));
