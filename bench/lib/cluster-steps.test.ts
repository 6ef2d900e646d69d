import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consolidate, createGrouper, dateOrder } from '../../src/stages/cluster/index.ts';
import { FIRST_PASS_THRESHOLD } from '../../src/stages/cluster/patterns.ts';
import { featuresOf } from '../../src/stages/cluster/test-articles.ts';
import { bcubed } from './bcubed.ts';
import { formatSteps, type StepCount, stepCounts } from './cluster-steps.ts';

// Invented: a harbour storm told three times, a bakery fire told twice, and a fourth "storm" article
// whose gold story is another (a look-alike told in the same words).
const FEATURES = [
  featuresOf('s1', ['Pellham'], ['storm', 'harbour', 'close', 'boat']),
  featuresOf('s2', ['Pellham'], ['storm', 'harbour', 'shut', 'boat']),
  featuresOf('s3', ['Pellham'], ['storm', 'harbour', 'close', 'guard']),
  featuresOf('f1', ['Varga'], ['fire', 'bakery', 'flour', 'crew']),
  featuresOf('f2', ['Varga'], ['fire', 'bakery', 'flour', 'oven']),
  featuresOf('x1', ['Pellham'], ['storm', 'harbour', 'close', 'boat']),
];
const GOLD = new Map([
  ['s1', 'storm'],
  ['s2', 'storm'],
  ['s3', 'storm'],
  ['f1', 'fire'],
  ['f2', 'fire'],
  ['x1', 'other storm'],
]);

test('the last step is the batch settling (consolidate) in the same order', () => {
  const counts = stepCounts(FEATURES, GOLD, () => true);
  assert.deepEqual(
    counts.map((c) => c.step),
    ['first pass', 'refine 1', 'refine 2', 'split', 'merge', 'last refine', 'copies'],
  );
  const grouper = createGrouper();
  const order = dateOrder(FEATURES);
  for (const f of order) grouper.observe(f);
  for (const f of order) grouper.place(f, FIRST_PASS_THRESHOLD);
  consolidate(grouper);
  const story = new Map(grouper.entries().map((e) => [e.id, String(e.placement.story)]));
  assert.equal(counts.at(-1)?.f1, bcubed(story, GOLD).f1);
});

test('a look-alike in a story counts itself and the articles with it; only kept articles count', () => {
  const all = stepCounts(FEATURES, GOLD, () => true).at(-1);
  assert.equal(all?.mixed, 4);
  const fires = stepCounts(FEATURES, GOLD, (id) => id.startsWith('f')).at(-1);
  assert.equal(fires?.mixed, 0);
  assert.equal(fires?.f1, 1);
  assert.match(formatSteps('invented', [all as StepCount]), /copies +4 {3}/);
});
