import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldOf, foldScores, reasonTable } from './support-folds.ts';
import type { Label, SupportPair } from './support-pairs.ts';

// Invented judged pairs: two per story, in twelve stories.
const pointer = { doc: 'd', field: 'text', start: 0, end: 1, sha1: 'x', head: 'x', tail: 'x' };
const pair = (story: string, label: Label, id: string): SupportPair => ({
  id,
  dataset: 'example',
  story,
  half: 'dev',
  label,
  claim: pointer,
  evidence: pointer,
});
const stories = Array.from({ length: 12 }, (_, i) => `story-${i}`);

test('foldOf: a story is in one fold, whatever its pairs, and the folds are not one', () => {
  for (const s of stories)
    assert.equal(foldOf(pair(s, 'supports', 'a'), 3), foldOf(pair(s, 'related', 'b'), 3));
  const folds = new Set(stories.map((s) => foldOf(pair(s, 'supports', 'a'), 2)));
  assert.deepEqual([...folds].sort(), [0, 1]);
  for (const s of stories) assert.ok(foldOf(pair(s, 'supports', 'a'), 5) < 5);
});

test('foldScores: P / R of a label per fold, pairs with no verdict left out', () => {
  const judged = stories.flatMap((s, i) => [
    { pair: pair(s, 'supports', `${s}-1`), predicted: 'supports' },
    { pair: pair(s, 'related', `${s}-2`), predicted: i === 0 ? 'supports' : 'related' },
    { pair: pair(s, 'supports', `${s}-3`), predicted: null },
  ]);
  const folds = foldScores(judged, 2, 'supports');
  assert.equal(folds.length, 2);
  assert.equal(
    folds.reduce((n, f) => n + f.stories, 0),
    12,
  );
  assert.equal(
    folds.reduce((n, f) => n + f.pairs, 0),
    24,
  );
  const withFalse = folds[foldOf(pair('story-0', 'supports', 'a'), 2)];
  const other = folds.find((f) => f !== withFalse);
  assert.ok(withFalse && other);
  assert.equal(withFalse.scores.predicted, withFalse.scores.truePositives + 1);
  assert.equal(other.scores.precision, 1);
  assert.equal(other.scores.recall, 1);
});

test('reasonTable: gold labels per reason and fold, figure reasons as one row, most pairs first', () => {
  const rows = [
    { pair: pair('story-0', 'supports', 'a'), reason: 'states it' },
    { pair: pair('story-1', 'related', 'b'), reason: 'states it' },
    { pair: pair('story-2', 'supports', 'c'), reason: 'partial' },
    { pair: pair('story-3', 'contradicts', 'd'), reason: 'figure 10 vs 3' },
    { pair: pair('story-4', 'related', 'e'), reason: 'figure 2 vs 5' },
    { pair: pair('story-5', 'related', 'f'), reason: 'figure 7 vs 8' },
  ];
  const table = reasonTable(rows, 2);
  assert.deepEqual(
    table.map((r) => r.reason),
    ['figure …', 'states it', 'partial'],
  );
  const states = table.find((r) => r.reason === 'states it');
  assert.equal(states?.gold.get('supports'), 1);
  assert.equal(states?.gold.get('related'), 1);
  const inFolds = (states?.byFold ?? []).reduce((n, m) => n + [...m.values()].reduce((s, x) => s + x, 0), 0);
  assert.equal(inFolds, 2);
});
