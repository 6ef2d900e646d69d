import { rootOf } from '../../text/forest.ts';
import { CANDIDATE_KEYS, MAX_TOPIC_POSTINGS, SAME_TOPIC_THRESHOLD } from './patterns.ts';
import type { Packed, SparseVector } from './vectors.ts';

/** A unit-length centroid of unit vectors (packed or maps). */
export function centroidOf(vectors: readonly (Packed | SparseVector)[]): Map<number, number> {
  const sum = new Map<number, number>();
  const add = (key: number, w: number) => {
    sum.set(key, (sum.get(key) ?? 0) + w);
  };
  for (const v of vectors)
    if ('ids' in v) for (let i = 0; i < v.ids.length; i++) add(v.ids[i] as number, v.weights[i] as number);
    else for (const [key, w] of v) add(key, w);
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [key, w] of sum) sum.set(key, w / norm);
  return sum;
}

/** A unit vector packed for the topic step: key ids ascending and their weights (doubles, as summed). */
export interface TopicVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/**
 * A map vector packed as a `TopicVector`: about 12 bytes a key where the map takes about 50, and every
 * story's vector is held at once.
 */
export function topicVector(vector: SparseVector): TopicVector {
  const ids = Int32Array.from(vector.keys()).sort();
  return { ids, weights: Float64Array.from(ids, (id) => vector.get(id) as number) };
}

// Dot product of two packed vectors (ids ascending).
function dotOf(a: TopicVector, b: TopicVector): number {
  let s = 0;
  let j = 0;
  for (let i = 0; i < a.ids.length && j < b.ids.length; i++) {
    const id = a.ids[i] as number;
    while (j < b.ids.length && (b.ids[j] as number) < id) j++;
    if (b.ids[j] === id) s += (a.weights[i] as number) * (b.weights[j] as number);
  }
  return s;
}

/**
 * Topics over stories: two stories share a topic when the cosine of their topic vectors (unit length:
 * the topic-level vocabulary, no time window) is at least `threshold`; topics are the connected groups.
 * Pairs are found through each story's `CANDIDATE_KEYS` heaviest terms, so only stories sharing one
 * are compared (a key heading more than `MAX_TOPIC_POSTINGS` stories is passed over). Returns each story's topic index, topics numbered in story order.
 */
export function topicsOf(vectors: readonly TopicVector[], threshold = SAME_TOPIC_THRESHOLD): number[] {
  const parent = vectors.map((_, i) => i);
  const postings = new Map<number, number[]>();
  vectors.forEach((vector, i) => {
    const top = Array.from(vector.ids.keys())
      .sort(
        (a, b) =>
          (vector.weights[b] as number) - (vector.weights[a] as number) ||
          (vector.ids[a] as number) - (vector.ids[b] as number),
      )
      .slice(0, CANDIDATE_KEYS)
      .map((k) => vector.ids[k] as number);
    const seen = new Set<number>();
    for (const key of top) {
      const list = postings.get(key) ?? [];
      // a key at the top of very many stories says nothing about their topic
      if (list.length >= MAX_TOPIC_POSTINGS) continue;
      for (const j of list) {
        if (seen.has(j)) continue;
        seen.add(j);
        // stories already in one topic need no cosine
        const [a, b] = [rootOf(parent, i), rootOf(parent, j)];
        if (a !== b && dotOf(vector, vectors[j] as TopicVector) >= threshold)
          parent[Math.max(a, b)] = Math.min(a, b);
      }
      list.push(i);
      postings.set(key, list);
    }
  });
  const numbers = new Map<number, number>();
  return vectors.map((_, i) => {
    const r = rootOf(parent, i);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    return numbers.get(r) as number;
  });
}
