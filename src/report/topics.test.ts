import assert from 'node:assert/strict';
import test from 'node:test';
import type { Report, Story } from '../model/index.ts';
import { topicLine, topicNeighbours } from './topics.ts';

const story = (id: string, title: string, topicId?: string) =>
  ({ id, title, headline: null, ...(topicId ? { topicId } : {}) }) as Story;

test('a story names the other stories of its topic, in report order, and only those', () => {
  const stories = [
    story('s1', 'Strike 2023', 't1'),
    story('s2', 'Harvest', 't2'),
    story('s3', 'Strike 2024', 't1'),
  ];
  const report = { stories } as Report;
  const cases: [Story, string | null][] = [
    [stories[0] as Story, 'Topic t1; neighbours: s3 Strike 2024'],
    [stories[1] as Story, 'Topic t2; no other story in this run'],
    [stories[2] as Story, 'Topic t1; neighbours: s1 Strike 2023'],
    [story('s4', 'Old report'), null],
  ];
  for (const [s, line] of cases)
    assert.equal(
      topicLine(s, report, (n) => `${n.id} ${n.title}`),
      line,
    );
  assert.deepEqual(
    topicNeighbours(stories[0] as Story, report).map((s) => s.id),
    ['s3'],
  );
});

test('the topic id goes through the escape it is given', () => {
  const s = story('s1', 'x', '<t>');
  assert.equal(
    topicLine(
      s,
      { stories: [s] } as Report,
      () => '',
      (t) => t.replace(/</g, '&lt;'),
    ),
    'Topic &lt;t>; no other story in this run',
  );
});
