import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  documentFrequencies,
  idfOf,
  idfOfFrequencies,
  type Packed,
  packedCosine,
  packVectors,
  type Vector,
} from './vectors.ts';

// A small seeded generator, so a failure repeats.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

// Vectors over a vocabulary of 40 words, 0 to 25 terms each, in a random order.
function vectors(next: () => number, count: number): Vector[] {
  return Array.from({ length: count }, () => {
    const v = new Map<string, number>();
    const size = Math.floor(next() * 26);
    while (v.size < size) v.set(`w${Math.floor(next() * 40)}`, next());
    return v;
  });
}

test('packVectors: each term numbered by first sight over all vectors, each vector sorted by number', () => {
  const next = random(7);
  const vs = vectors(next, 200);
  const packed = packVectors(vs);
  // the numbering as written out: terms in the order the vectors first give them
  const ids = new Map<string, number>();
  for (const v of vs) for (const t of v.keys()) if (!ids.has(t)) ids.set(t, ids.size);
  vs.forEach((v, i) => {
    const want = [...v].map(([t, x]) => [ids.get(t) as number, x] as const).sort((a, b) => a[0] - b[0]);
    const got = packed[i];
    assert.deepEqual(
      [...(got?.ids ?? [])],
      want.map((e) => e[0]),
      `vector ${i}`,
    );
    assert.deepEqual(
      [...(got?.weights ?? [])],
      want.map((e) => e[1]),
      `vector ${i}`,
    );
  });
  // and the cosine of two packed vectors is their dot product
  const dot = (a: Vector, b: Vector) => [...a].reduce((sum, [t, x]) => sum + x * (b.get(t) ?? 0), 0);
  assert.ok(
    Math.abs(packedCosine(packed[0] as Packed, packed[1] as Packed) - dot(vs[0] as Vector, vs[1] as Vector)) <
      1e-12,
  );
});

test('idfOfFrequencies: idfOf from the document frequencies, the same terms in the same order', () => {
  const docs = vectors(random(11), 50);
  const n = docs.length;
  assert.deepEqual([...idfOfFrequencies(documentFrequencies(docs), n)], [...idfOf(docs)]);
});
