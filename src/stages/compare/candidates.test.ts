import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Packed, packedCosine, packVectors } from '../../text/vectors.ts';
import { scanCandidates } from './candidates.ts';
import { PairScores } from './pair-scores.ts';
import { MAX_ALIGN_CANDIDATES } from './patterns.ts';

// A small deterministic generator, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Units of a few terms each over a small vocabulary, spread over a few articles.
function units(n: number, seed: number) {
  const next = random(seed);
  const vectors = Array.from({ length: n }, () => {
    const v = new Map<string, number>();
    const size = 2 + Math.floor(next() * 6);
    for (let k = 0; k < size; k++) v.set(`t${Math.floor(next() * 40)}`, next() + 0.01);
    let norm = 0;
    for (const x of v.values()) norm += x * x;
    for (const [t, x] of v) v.set(t, x / Math.sqrt(norm));
    return v;
  });
  const postings = new Map<string, number[]>();
  vectors.forEach((v, u) => {
    for (const t of v.keys()) postings.set(t, [...(postings.get(t) ?? []), u]);
  });
  const lists = vectors.map((v) =>
    [...v.keys()].map((t) => postings.get(t) as number[]).sort((x, y) => x.length - y.length),
  );
  const articleOf = Int32Array.from(vectors, () => Math.floor(next() * 5));
  return { lists, packed: packVectors(vectors), articleOf };
}

// The scan as it was written first: merge-join cosines, a table look-up for pairs scored from the other side.
function reference(index: ReturnType<typeof units>, cap: number) {
  const n = index.packed.length;
  const scores = new PairScores();
  const seen = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    let found = 0;
    scan: for (const list of index.lists[u] as number[][])
      for (const v of list) {
        if (v === u || seen[v] === u || index.articleOf[v] === index.articleOf[u]) continue;
        seen[v] = u;
        if (++found > cap) break scan;
        if (v < u && scores.has(v, u)) continue;
        scores.set(u, v, packedCosine(index.packed[u] as Packed, index.packed[v] as Packed));
      }
  }
  return scores;
}

test('the candidate scan stores the same pairs with the same cosines as a merge-join scan', () => {
  for (const seed of [1, 2]) {
    const index = units(1000, seed);
    const { scores } = scanCandidates(index, (_u, _v, cosine) => cosine);
    const expected = reference(index, MAX_ALIGN_CANDIDATES);
    assert.equal(scores.size, expected.size);
    for (let u = 0; u < 1000; u++)
      for (let v = u + 1; v < 1000; v++)
        assert.equal(scores.get(u, v), expected.get(u, v), `pair ${u}, ${v}`);
  }
});

test('the candidate scan lists the pairs at the alignment threshold as edges', () => {
  const index = units(120, 7);
  const { scores, edges } = scanCandidates(index, (_u, _v, cosine) => cosine);
  assert.ok(edges.length > 0);
  for (const [score, u, v] of edges) {
    assert.ok(u < v);
    assert.equal(scores.get(u, v), score);
    assert.ok(score >= 0.25);
  }
});
