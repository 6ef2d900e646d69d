import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTopicCells, topicCells } from './cluster-events.ts';

// Invented gold: topic 1 holds two quakes a year apart (q1, q2), topic 2 one ferry strike (f), topic 3
// one harbour fire (h); h3 is of the other half.
const EVENT = new Map([
  ['a1', 'q1'],
  ['a2', 'q1'],
  ['a3', 'q2'],
  ['b1', 'f'],
  ['b2', 'f'],
  ['b3', 'f'],
  ['h1', 'h'],
  ['h2', 'h'],
  ['h3', 'h'],
]);
const TOPIC = new Map([...EVENT].map(([id, e]) => [id, e.startsWith('q') ? '1' : e === 'f' ? '2' : '3']));
// The quakes in one story, the strike in two pieces, the fire whole among the kept articles.
const PREDICTED = new Map([
  ['a1', 's1'],
  ['a2', 's1'],
  ['a3', 's1'],
  ['b1', 's2'],
  ['b2', 's2'],
  ['b3', 's3'],
  ['h1', 's4'],
  ['h2', 's4'],
  ['h3', 's5'],
]);
const keep = (id: string) => id !== 'h3';

test('topicCells lists the topics whose events are merged or split, by event and story', () => {
  const topics = topicCells(PREDICTED, EVENT, TOPIC, keep);
  assert.deepEqual(topics, [
    {
      topic: '1',
      cells: [
        { event: 'q1', story: 's1', n: 2 },
        { event: 'q2', story: 's1', n: 1 },
      ],
      split: 0,
      merged: 1,
    },
    {
      topic: '2',
      cells: [
        { event: 'f', story: 's2', n: 2 },
        { event: 'f', story: 's3', n: 1 },
      ],
      split: 1,
      merged: 0,
    },
  ]);
  // the fire's article of the other half is not read: its topic is clean
  assert.equal(topicCells(PREDICTED, EVENT, TOPIC, () => true).length, 3);
});

test('formatTopicCells prints one line per topic', () => {
  const text = formatTopicCells(topicCells(PREDICTED, EVENT, TOPIC, keep));
  assert.match(text, /not one story per event: 2\n/);
  assert.match(text, /topic 1 \(0 split, 1 merged\): q1→s1 2 {2}q2→s1 1\n/);
  assert.match(text, /topic 2 \(1 split, 0 merged\): f→s2 2 {2}f→s3 1\n/);
});
