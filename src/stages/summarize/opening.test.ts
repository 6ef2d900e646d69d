import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Modality } from '../compare/support/index.ts';
import { selectMmr } from './select.ts';

// Invented scored sentences: an article's first sentence (lead 0) or one further down.
const scored = (text: string, lead: number, relevance: number, modality: Modality = 'happened') => ({
  candidate: { text, words: 20, quoteShare: 0, lead },
  support: { factIds: [], citations: [{ articleId: text, span: { start: 0, end: 1 } }] },
  vector: new Map([[text, 1]]),
  modality,
  plain: modality === 'happened',
  relevance,
});
const opening = (list: ReturnType<typeof scored>[]) =>
  (selectMmr(list as never, 20, 0.7)[0] as unknown as { candidate: { text: string } }).candidate.text;

test("the summary opens with an article's first sentence over a detail a few hundredths ahead", () => {
  // the event, 0.04 behind a detail told in the next sentence
  assert.equal(opening([scored('detail', 0.07, 3.78), scored('event', 0, 3.74)]), 'event');
  // a sentence further down well ahead of it still opens
  assert.equal(opening([scored('detail', 0.07, 4.2), scored('event', 0, 3.74)]), 'detail');
  // a first sentence telling a plan has no such weight
  assert.equal(opening([scored('detail', 0.07, 3.78), scored('plan', 0, 3.76, 'planned')]), 'detail');
});
