import { rootOf } from '../../text/forest.ts';
import { cosine } from '../../text/vectors.ts';
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

/**
 * Topics over stories: two stories share a topic when the cosine of their body centroids (the
 * topic-level vocabulary, no time window) is at least `threshold`; topics are the connected groups.
 * Pairs are found through each story's `CANDIDATE_KEYS` heaviest terms, so only stories sharing one
 * are compared (a key heading more than `MAX_TOPIC_POSTINGS` stories is passed over). Returns each story's topic index, topics numbered in story order.
 */
export function topicsOf(centroids: readonly SparseVector[], threshold = SAME_TOPIC_THRESHOLD): number[] {
  const parent = centroids.map((_, i) => i);
  const postings = new Map<number, number[]>();
  centroids.forEach((centroid, i) => {
    const top = [...centroid].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATE_KEYS);
    const seen = new Set<number>();
    for (const [key] of top) {
      const list = postings.get(key) ?? [];
      // a key at the top of very many stories says nothing about their topic
      if (list.length >= MAX_TOPIC_POSTINGS) continue;
      for (const j of list) {
        if (seen.has(j)) continue;
        seen.add(j);
        // stories already in one topic need no cosine
        const [a, b] = [rootOf(parent, i), rootOf(parent, j)];
        if (a !== b && cosine(centroid, centroids[j] as SparseVector) >= threshold)
          parent[Math.max(a, b)] = Math.min(a, b);
      }
      list.push(i);
      postings.set(key, list);
    }
  });
  const numbers = new Map<number, number>();
  return centroids.map((_, i) => {
    const r = rootOf(parent, i);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    return numbers.get(r) as number;
  });
}
