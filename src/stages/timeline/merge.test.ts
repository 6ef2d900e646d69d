import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DatedSentence } from './events.ts';
import { mergeEvents } from './merge.ts';

const sentence = (i: number, words: string): DatedSentence => ({
  day: 20_000,
  precision: 'day',
  inferred: false,
  evidence: { articleId: `a${i + 1}`, span: { start: 0, end: 10 } },
  text: `sentence ${i}`,
  words: new Set(words.split(' ')),
  order: i,
});

const sizes = (events: ReturnType<typeof mergeEvents>) => events.map((e) => e.citations.length);

test('sentences of one date merge when they share words; the comparison window only matters past it', () => {
  const story = [
    sentence(0, 'ferry engine repair harbour'),
    sentence(1, 'council budget vote'),
    sentence(2, 'school roof storm'),
    sentence(3, 'ferry engine repair almsby'),
  ];
  assert.deepEqual(sizes(mergeEvents(story, 0.4, 3)), [2, 1, 1]);
  // compared with the one sentence before it only, the fourth no longer meets the first
  assert.deepEqual(sizes(mergeEvents(story, 0.4, 3, 1)), [1, 1, 1, 1]);
});

test('thousands of sentences on one date merge without deep recursion and in bounded time', () => {
  const story = Array.from({ length: 5000 }, (_, i) => sentence(i, `ferry engine repair word${i}`));
  const events = mergeEvents(story, 0.4, 3);
  assert.equal(events.length, 1);
  assert.equal(events[0]?.citations.length, 5000);
});
