import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Centroid, dot, type Packed } from './vectors.ts';

const packed = (entries: [number, number][]): Packed => {
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  return {
    ids: Int32Array.from(entries, ([id]) => id),
    weights: Float32Array.from(entries, ([, w]) => w / norm),
  };
};
const a = packed([
  [1, 3],
  [4, 1],
  [9, 2],
]);
const b = packed([
  [4, 2],
  [7, 1],
  [9, 1],
]);
const probe = packed([
  [1, 1],
  [4, 1],
  [7, 1],
  [12, 1],
]);

test('a centroid of one vector (kept packed) scores as a map of it would', () => {
  const one = new Centroid();
  one.update(a, 1);
  assert.equal(one.size, 3);
  const norm = Math.sqrt([...one.sum.values()].reduce((s, w) => s + w * w, 0));
  assert.ok(Math.abs(one.cosine(probe) - dot(probe, one.sum) / norm) < 1e-12);
  assert.deepEqual([...one.sum.keys()], [1, 4, 9]);
});

test('a second vector, then taking either away, keeps the sum and its norm', () => {
  const two = new Centroid();
  two.update(a, 1);
  two.update(b, 1);
  assert.equal(two.size, 4);
  const sum = two.sum;
  const norm = Math.sqrt([...sum.values()].reduce((s, w) => s + w * w, 0));
  assert.ok(Math.abs(two.cosine(probe) - dot(probe, sum) / norm) < 1e-12);
  two.update(a, -1);
  assert.deepEqual(
    [...two.sum.keys()].sort((x, y) => x - y),
    [4, 7, 9],
  );
  assert.ok(Math.abs(two.cosine(b) - 1) < 1e-6);
  two.update(b, -1);
  assert.equal(two.size, 0);
  assert.equal(two.cosine(probe), 0);
  two.update(b, 1);
  assert.ok(Math.abs(two.cosine(b) - 1) < 1e-6);
});

test('taking articles away and putting them back (in place or not) keeps the sums a map of them holds', () => {
  // a reference sum with the same arithmetic (x + sign·y, a key dropped below 1e-9)
  const reference = new Map<number, number>();
  const apply = (v: Packed, sign: 1 | -1) =>
    v.ids.forEach((id, i) => {
      const next = (reference.get(id) ?? 0) + sign * (v.weights[i] as number);
      if (Math.abs(next) < 1e-9) reference.delete(id);
      else reference.set(id, next);
    });
  const c = new Centroid();
  const steps: [Packed, 1 | -1][] = [
    [a, 1],
    [b, 1],
    [probe, 1],
    [b, -1],
    [b, 1],
    [a, -1],
    [probe, -1],
    [probe, 1],
    [a, 1],
  ];
  for (const [v, sign] of steps) {
    c.update(v, sign);
    apply(v, sign);
    assert.deepEqual(
      [...c.sum],
      [...reference].sort((x, y) => x[0] - y[0]),
    );
  }
});

test('countHeld counts, for each id of a vector, whether the sum holds it, as holds tells', () => {
  const sum = new Centroid();
  sum.update(a, 1);
  sum.update(b, 1);
  const ids = Int32Array.from([0, 1, 2, 4, 7, 8, 9, 12]);
  const held = new Int32Array(ids.length);
  sum.countHeld(ids, held);
  sum.countHeld(ids, held);
  assert.deepEqual(
    [...held],
    [...ids].map((id) => (sum.holds(id) ? 2 : 0)),
  );
  assert.deepEqual([...held], [0, 2, 0, 2, 2, 0, 2, 0]);
  const empty = new Int32Array(ids.length);
  new Centroid().countHeld(ids, empty);
  assert.deepEqual([...empty], [0, 0, 0, 0, 0, 0, 0, 0]);
});

test('the squares of a vector on the keys a centroid holds, as a look-up of each key gives', () => {
  const sum = new Centroid();
  sum.update(a, 1);
  sum.update(b, 1);
  for (const v of [a, b, probe]) {
    let held = 0;
    for (let i = 0; i < v.ids.length; i++)
      if (sum.holds(v.ids[i] as number)) held += (v.weights[i] as number) ** 2;
    assert.equal(sum.heldSquares(v), held);
  }
  assert.equal(new Centroid().heldSquares(probe), 0);
});
