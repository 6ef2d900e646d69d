import { FNV_START, fnvStep, fnvText } from '../../text/hash.ts';
import type { ArticleFeatures } from './features.ts';
import type { Grouper } from './grouper-types.ts';

/** Articles a batch grouping reads: `count` of them, the i-th by `at(i)` (made on demand or held). */
export interface BatchInput {
  readonly count: number;
  at(index: number): ArticleFeatures;
}

/**
 * Group a batch in `runs` orders (seeds `seed` on) and keep the run that agrees best with the others:
 * `groupInOrder` groups the articles in each order (by day, then by a seeded hash of each article's
 * content, so no order follows the input's), and the run whose stories have the highest mean B-cubed F1
 * against the other runs' (the medoid: one order's accidents, such as which article of an event came
 * first, are outvoted) is restored into `fresh()`, so the result reads like any grouper's. The stories
 * depend on neither the input's order nor its ids' (articles of identical content aside).
 */
export function groupByConsensus(
  input: BatchInput,
  runs: number,
  groupInOrder: (order: readonly number[]) => Grouper,
  fresh: () => Grouper,
  seed = 0,
): Grouper {
  const hashes = Array.from({ length: input.count }, (_, i) => contentHash(input.at(i)));
  const days = Array.from({ length: input.count }, (_, i) => input.at(i).day ?? Number.POSITIVE_INFINITY);
  if (runs <= 1) return groupInOrder(seededOrder(days, hashes, seed));
  const orders: number[][] = [];
  const partitions: Int32Array[] = [];
  for (let run = 0; run < runs; run++) {
    const order = seededOrder(days, hashes, seed + run);
    // a grouper's entries are in the order it was fed
    const entries = groupInOrder(order).entries();
    const stories = new Int32Array(input.count);
    for (let k = 0; k < order.length; k++) stories[order[k] as number] = entries[k]?.placement.story ?? -1;
    orders.push(order);
    partitions.push(stories);
  }
  const best = medoid(partitions);
  // observed in its run's order, so the vocabulary numbers keys as that run's grouper did
  const order = orders[best] as number[];
  const story = partitions[best] as Int32Array;
  const grouper = fresh();
  for (const i of order) grouper.observe(input.at(i));
  for (const i of order) grouper.restore(input.at(i), story[i] as number);
  return grouper;
}

/**
 * The index of the partition (each article's story) with the highest summed B-cubed F1 against the
 * others; the first on a tie.
 */
export function medoid(partitions: readonly Int32Array[]): number {
  const compact = partitions.map(renumbered);
  let best = 0;
  let bestSum = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < compact.length; i++) {
    let sum = 0;
    for (let j = 0; j < compact.length; j++)
      if (j !== i) sum += bcubedF1(compact[i] as Int32Array, compact[j] as Int32Array);
    if (sum > bestSum) {
      bestSum = sum;
      best = i;
    }
  }
  return best;
}

// Stories numbered 0, 1, ... in order of their first article (each below the article count).
function renumbered(stories: Int32Array): Int32Array {
  const number = new Map<number, number>();
  return stories.map((s) => {
    let n = number.get(s);
    if (n === undefined) {
      n = number.size;
      number.set(s, n);
    }
    return n;
  });
}

// B-cubed F1 of one partition against another (symmetric), both renumbered.
function bcubedF1(a: Int32Array, b: Int32Array): number {
  const count = a.length;
  if (!count) return 1;
  const sizeA = new Int32Array(count);
  const sizeB = new Int32Array(count);
  const both = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    sizeA[a[i] as number] = (sizeA[a[i] as number] as number) + 1;
    sizeB[b[i] as number] = (sizeB[b[i] as number] as number) + 1;
    const key = (a[i] as number) * count + (b[i] as number);
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < count; i++) {
    const shared = both.get((a[i] as number) * count + (b[i] as number)) as number;
    precision += shared / (sizeA[a[i] as number] as number);
    recall += shared / (sizeB[b[i] as number] as number);
  }
  return (2 * precision * recall) / (count * (precision + recall));
}

/** Article indexes by day (undated last), then by their content hashes mixed with `seed`, then index. */
export function seededOrder(days: readonly number[], hashes: readonly number[], seed: number): number[] {
  const keys = hashes.map((h) => mix(h, seed));
  return Array.from({ length: days.length }, (_, i) => i).sort(
    (a, b) => (days[a] as number) - (days[b] as number) || (keys[a] as number) - (keys[b] as number) || a - b,
  );
}

// FNV-1a over the article's lead, body and name counts: the same text gives the same hash wherever
// it stands in the input (its id left out).
function contentHash(f: ArticleFeatures): number {
  let h = FNV_START;
  for (const counts of [f.lead, f.body, f.names])
    for (const [key, n] of counts) h = fnvStep(fnvText(h, key), n + 0x3a);
  return h >>> 0;
}

// A seeded 32-bit mix (murmur3's finaliser) of a hash: each seed orders the hashes another way.
function mix(h: number, seed: number): number {
  let t = (h ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  t = Math.imul(t ^ (t >>> 16), 0x85ebca6b);
  t = Math.imul(t ^ (t >>> 13), 0xc2b2ae35);
  return (t ^ (t >>> 16)) >>> 0;
}
