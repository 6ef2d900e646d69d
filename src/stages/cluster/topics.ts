import { rootOf } from '../../text/forest.ts';
import { MAX_TOPIC_POSTINGS, SAME_TOPIC_THRESHOLD } from './label-patterns.ts';
import { CANDIDATE_KEYS } from './patterns.ts';
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
 * Topics over stories: two topics join when most pairs of stories across them (more than half) are
 * close, their topic vectors' cosine (unit length: the topic-level vocabulary, no time window) at least
 * `threshold`. Single link (join when any one pair is close) chained a beat's stories into one topic:
 * A close to B and B close to C made A and C neighbours when they shared nothing. Close pairs are found
 * through each story's `CANDIDATE_KEYS` heaviest terms (a key heading more than `MAX_TOPIC_POSTINGS`
 * stories is passed over; a pair sharing none counts as not close) and tried closest first. Returns
 * each story's topic index, topics numbered in story order.
 */
export function topicsOf(vectors: readonly TopicVector[], threshold = SAME_TOPIC_THRESHOLD): number[] {
  const pairs = closePairs(vectors, threshold);
  const parent = vectors.map((_, i) => i);
  const sizes = vectors.map(() => 1);
  // each topic's close pairs with every other topic, counted at both roots: whether most pairs across
  // two topics are close is read, not worked out again at every try
  const close = vectors.map(() => new Map<number, number>());
  const count = (a: number, b: number, n: number) => {
    const m = close[a] as Map<number, number>;
    m.set(b, (m.get(b) ?? 0) + n);
  };
  for (const [i, j] of pairs) {
    count(i, j, 1);
    count(j, i, 1);
  }
  for (const [i, j] of pairs) {
    let [a, b] = [rootOf(parent, i), rootOf(parent, j)];
    if (a === b) continue;
    const na = sizes[a] as number;
    const nb = sizes[b] as number;
    if (2 * ((close[a] as Map<number, number>).get(b) ?? 0) <= na * nb) continue;
    // the topic with fewer neighbours is folded into the other (which root is kept does not show: topics
    // are numbered in story order below)
    if ((close[a] as Map<number, number>).size < (close[b] as Map<number, number>).size) [a, b] = [b, a];
    for (const [c, n] of close[b] as Map<number, number>) {
      (close[c] as Map<number, number>).delete(b);
      if (c === a) continue;
      count(a, c, n);
      count(c, a, n);
    }
    (close[b] as Map<number, number>).clear();
    parent[b] = a;
    sizes[a] = na + nb;
  }
  const numbers = new Map<number, number>();
  return vectors.map((_, i) => {
    const r = rootOf(parent, i);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    return numbers.get(r) as number;
  });
}

// The story pairs sharing one of their heaviest keys whose cosine is at least `threshold`, closest
// first (ties in story order): no two topics can join unless one pair across them is that close.
function closePairs(vectors: readonly TopicVector[], threshold: number): [number, number][] {
  const pairs: [number, number, number][] = [];
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
        const cosine = dotOf(vector, vectors[j] as TopicVector);
        if (cosine >= threshold) pairs.push([j, i, cosine]);
      }
      list.push(i);
      postings.set(key, list);
    }
  });
  pairs.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  return pairs.map(([j, i]) => [j, i]);
}
