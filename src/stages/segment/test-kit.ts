import assert from 'node:assert/strict';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from './index.ts';

/** The sentences the segment stage gives for an invented text file, as written in it. */
export function sentencesOf(text: string): string[] {
  const ctx = createContext();
  const [article] = readArticles([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }], {}, ctx);
  assert.ok(article);
  const { article: read, sentences } = segment()(article, ctx);
  return sentences.map((s) => read.text.slice(s.start, s.end));
}
