import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featuresOf } from '../../src/stages/cluster/test-articles.ts';
import { foldOf, hashFoldOf, inFold } from './cluster-folds.ts';

test('even story numbers fall in two folds, odd ones (held out) in none', () => {
  assert.deepEqual([0, 2, 4, 6, 8, 10].map(foldOf), ['A', 'B', 'A', 'B', 'A', 'B']);
  assert.equal(foldOf(3), null);
  assert.equal(foldOf(Number.NaN), null);
});

test("the hash folds part ECB+'s 22 even topics 11 and 11, not by quarter, odd ones in none", () => {
  const evens = Array.from({ length: 22 }, (_, i) => 2 * (i + 1));
  const a = evens.filter((n) => hashFoldOf(n) === 'A');
  assert.equal(a.length, 11);
  assert.ok(evens.every((n) => hashFoldOf(n) !== null));
  assert.notDeepEqual(
    a,
    evens.filter((n) => foldOf(n) === 'A'),
  );
  assert.equal(hashFoldOf(3), null);
  assert.equal(hashFoldOf(Number.NaN), null);
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
  // by hash, 10 is in A and 16 in B (by quarter the other way round)
  number.set('a', 10).set('c', 16);
  const byHash = inFold(p, (id) => number.get(id) as number, 'A', hashFoldOf);
  assert.deepEqual(
    byHash.features.map((f) => f.id),
    ['a'],
  );
});
