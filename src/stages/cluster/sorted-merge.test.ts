import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countMerge, countMergeAll, dotSorted, type MergeCount } from './sorted-merge.ts';

// a seeded generator (mulberry32), so a failure can be replayed
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const count = (): MergeCount => ({ dot: 0, added: 0, dropped: false, size: 0 });

test('counting over the vector alone gives what reading the whole sum gives', () => {
  const next = random(7);
  for (let round = 0; round < 500; round++) {
    // a sum over ids 0..199 and a vector over some of them; some of its keys cancel a sum's entry
    const sumIds: number[] = [];
    const sums: number[] = [];
    const keys: number[] = [];
    const weights: number[] = [];
    const sign = next() < 0.5 ? 1 : -1;
    for (let id = 0; id < 200; id++) {
      const inSum = next() < 0.4;
      const inVector = next() < (round % 3 === 0 ? 0.05 : 0.3);
      const w = Math.fround(0.05 + next());
      if (inSum) {
        sumIds.push(id);
        // a key taken away that the sum holds at its weight alone comes to nothing
        sums.push(inVector && sign === -1 && next() < 0.5 ? w : 0.1 + next() * 3);
      }
      if (inVector) {
        keys.push(id);
        weights.push(w);
      }
    }
    const args = [
      Int32Array.from(keys),
      Float32Array.from(weights),
      Int32Array.from(sumIds),
      Float64Array.from(sums),
      sumIds.length,
      sign,
    ] as const;
    const fast = countMerge(...args, count());
    assert.deepEqual(fast, countMergeAll(...args, count()), `round ${round}`);
    assert.equal(
      fast.dot,
      dotSorted(...(args.slice(0, 5) as [Int32Array, Float32Array, Int32Array, Float64Array, number])),
    );
  }
});

test('an empty sum or vector counts the other', () => {
  const none = new Int32Array(0);
  const keys = Int32Array.from([2, 5]);
  const weights = Float32Array.from([0.6, 0.8]);
  assert.deepEqual(countMerge(keys, weights, none, new Float64Array(0), 0, 1, count()), {
    dot: 0,
    added: 2,
    dropped: false,
    size: 2,
  });
  assert.deepEqual(countMerge(none, new Float32Array(0), keys, Float64Array.from([1, 2]), 2, -1, count()), {
    dot: 0,
    added: 0,
    dropped: false,
    size: 2,
  });
});
