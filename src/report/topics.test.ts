import assert from 'node:assert/strict';
import test from 'node:test';
import type { Report, Story } from '../model/index.ts';
import { shownNeighbours, TOPIC_NEIGHBOURS_SHOWN, topicLine, topicNeighbours } from './topics.ts';

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
    [stories[1] as Story, 'Topic t2; no other story of its topic in this report'],
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
    'Topic &lt;t>; no other story of its topic in this report',
  );
});

test('a topic of many stories names its first neighbours and counts the rest, in Markdown and HTML', () => {
  const stories = Array.from({ length: TOPIC_NEIGHBOURS_SHOWN + 4 }, (_, i) =>
    story(`s${i + 1}`, `Quay ${i + 1}`, 't1'),
  );
  const report = { stories } as Report;
  const line = topicLine(stories[0] as Story, report, (n) => n.id);
  const named = Array.from({ length: TOPIC_NEIGHBOURS_SHOWN }, (_, i) => `s${i + 2}`).join('; ');
  assert.equal(line, `Topic t1; neighbours: ${named}; and 3 more`);
  assert.deepEqual(shownNeighbours(stories[0] as Story, report).more, 3);
  assert.equal(topicNeighbours(stories[0] as Story, report).length, TOPIC_NEIGHBOURS_SHOWN + 3);
});
