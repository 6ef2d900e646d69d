import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ArticleFeatures, createGrouper } from '../../src/stages/cluster/index.ts';
import { featuresOf } from '../../src/stages/cluster/test-articles.ts';
import type { ClusterSet } from './cluster-data.ts';
import { formatPairs, pairSignals } from './cluster-pairs.ts';

// Invented features: two pieces of one ferry strike, a look-alike strike of the same beat, and a
// harvest of another topic; each put in its story by `restore`, as a grouping might have left them.
const article = featuresOf;
const STORIES: [number, string, string, ArticleFeatures][] = [
  [0, 'strike-2023', 'ferries', article('a1', ['ostry', 'oduya'], ['ferry', 'strike', 'pay'])],
  [0, 'strike-2023', 'ferries', article('a2', ['ostry', 'oduya'], ['ferry', 'strike', 'raise'])],
  [1, 'strike-2023', 'ferries', article('a3', ['ostry', 'kallin'], ['ferry', 'walkout', 'pay'])],
  [2, 'strike-2024', 'ferries', article('b1', ['ostry', 'ferrie'], ['ferry', 'strike', 'shift'])],
  [2, 'strike-2024', 'ferries', article('b2', ['ostry', 'ferrie'], ['ferry', 'walkout', 'shift'])],
  [3, 'harvest', 'orchards', article('c1', ['vennick'], ['apple', 'harvest', 'ferry'])],
];

function grouped(topics: 'topics' | 'events') {
  const grouper = createGrouper();
  for (const [, , , f] of STORIES) grouper.observe(f);
  for (const [story, , , f] of STORIES) grouper.restore(f, story);
  const set: ClusterSet = {
    docs: [],
    event: new Map(STORIES.map(([, event, , f]) => [f.id, event])),
    topic: new Map(STORIES.map(([, event, topic, f]) => [f.id, topics === 'topics' ? topic : event])),
    half: new Map(STORIES.map(([, , , f]) => [f.id, 'dev'])),
  };
  return pairSignals(grouper, set, 0);
}

test('story pairs: pieces of one gold event are a split, two events of one topic look-alikes', () => {
  const rows = grouped('topics');
  // the harvest is of another topic: never paired while the set has topics apart from events
  assert.equal(rows.length, 3);
  assert.deepEqual(
    rows.filter((r) => r.same).map((r) => r.gold),
    ['strike-2023'],
  );
  assert.equal(rows.filter((r) => !r.same).length, 2);
  const split = rows.find((r) => r.same);
  assert.equal(split?.sizes, '1+2');
  assert.ok(rows.every((r) => r.centroid > 0 && r.bestNames > 0));
  assert.match(formatPairs(rows), /ranges, 1 splits \/ 2 look-alikes/);
});

test('story pairs: a set whose topics are its events (NeuS) pairs any two stories that score', () => {
  const rows = grouped('events');
  // four stories, six pairs (the floor is 0), the harvest's among them
  assert.equal(rows.length, 6);
  assert.equal(rows.filter((r) => r.gold.includes('harvest')).length, 3);
});
