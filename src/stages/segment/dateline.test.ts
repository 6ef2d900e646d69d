import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from './index.ts';

// The sentences of an invented article's text, as written.
function sentencesOf(text: string): string[] {
  const ctx = createContext();
  const [article] = readArticles([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }], {}, ctx);
  assert.ok(article);
  const { sentences } = segment()(article, ctx);
  return sentences.map((s) => article.text.slice(s.start, s.end));
}

test('a wire dateline is part of no sentence: the first one starts after its dash', () => {
  const cases: [string, string][] = [
    [
      'HARBOURTON (AP) — The ferry Northern Star ran aground. No one was hurt.',
      'The ferry Northern Star ran aground.',
    ],
    [
      'HARBOURTON, Nebraska — The ferry Northern Star ran aground. No one was hurt.',
      'The ferry Northern Star ran aground.',
    ],
    [
      'PORT ELLIS, May 2 (Reuters) - Dockers walked out over pay. The port was shut.',
      'Dockers walked out over pay.',
    ],
    ['(CNN)The ferry Northern Star ran aground. No one was hurt.', 'The ferry Northern Star ran aground.'],
  ];
  for (const [text, first] of cases) assert.deepEqual(sentencesOf(text)[0], first, text);
});

test('capitals before a dash that is no dateline stay in the sentence', () => {
  const text = 'NASA — which had planned the launch for May — called it off. The crew went home.';
  assert.equal(sentencesOf(text)[0], 'NASA — which had planned the launch for May — called it off.');
});
