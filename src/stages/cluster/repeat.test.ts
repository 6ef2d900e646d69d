// The grouping is a pure function of its input and its order: the same articles in the same order
// give the same stories (ids, titles, keywords, topics), however often and after whatever else ran in
// the process, and grouping leaves the features it reads as they were (nothing of one run is kept for
// the next). A guard for the "run that does not repeat" of docs/measurements.md (grouping passes 14–16).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shuffled } from '../../../test/shuffled.ts';
import { articleFeatures } from './features.ts';
import { groupFeatures } from './index.ts';
import { ORCHARD, STORM, segmented, strike } from './test-articles.ts';

// The features as plain data, to see whether a run changed them.
const snapshot = (features: readonly ReturnType<typeof articleFeatures>[]) =>
  JSON.stringify(features, (_, v) => (v instanceof Map ? [...v] : v));

test('the same articles in the same order give the same stories, before and after other runs', () => {
  const docs = segmented([...STORM, ORCHARD, strike(2023, 8), strike(2024, 13), strike(2023, 9, 1)]);
  const features = docs.map(articleFeatures);
  const before = snapshot(features);
  const order = shuffled(features, 7);
  const first = groupFeatures(order, docs);
  assert.ok(
    first.some((s) => s.articleIds.length > 1),
    'the articles make stories of several',
  );
  for (const seed of [1, 2, 3, 4, 5]) groupFeatures(shuffled(features, seed), docs, { ignoreDates: true });
  groupFeatures(features.slice(0, 3), docs.slice(0, 3));
  for (let run = 0; run < 3; run++) assert.deepEqual(groupFeatures(order, docs), first);
  assert.equal(snapshot(features), before);
});
