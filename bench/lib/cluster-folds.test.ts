import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featuresOf } from '../../src/stages/cluster/test-articles.ts';
import { foldOf, inFold } from './cluster-folds.ts';

test('even story numbers fall in two folds, odd ones (held out) in none', () => {
  assert.deepEqual([0, 2, 4, 6, 8, 10].map(foldOf), ['A', 'B', 'A', 'B', 'A', 'B']);
  assert.equal(foldOf(3), null);
  assert.equal(foldOf(Number.NaN), null);
});

test('a fold keeps the features of its stories only', () => {
  const features = ['a', 'b', 'c', 'd'].map((id) => featuresOf(id, [], ['word']));
  const number = new Map([
    ['a', 4],
    ['b', 6],
    ['c', 12],
    ['d', 7],
  ]);
  const p = { set: { docs: [], event: new Map(), topic: new Map(), half: new Map() }, features };
  const ids = (fold: 'A' | 'B') =>
    inFold(p, (id) => number.get(id) as number, fold).features.map((f) => f.id);
  assert.deepEqual(ids('A'), ['a', 'c']);
  assert.deepEqual(ids('B'), ['b']);
});
