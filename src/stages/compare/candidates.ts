// Alignment's candidate pairs: each claim (unit) scored against the claims of other articles found
// through the inverted index of rare terms and figures (see blocking.ts and align.ts).
import type { Packed } from '../../text/vectors.ts';
import type { Edge } from './align-merge.ts';
import { PairScores } from './pair-scores.ts';
import { ALIGN_MIN_SCORE, MAX_ALIGN_CANDIDATES, MENTION_SAME_WORDS } from './patterns.ts';

/** What the scan reads of the units: their index keys' posting lists, packed vectors and articles. */
export interface CandidateIndex {
  /** Per unit, the posting lists of its terms and figure keys (units indexed under each key). */
  readonly lists: readonly (readonly (readonly number[])[])[];
  readonly packed: readonly Packed[];
  /** Each unit's article, as a number. */
  readonly articleOf: Int32Array;
}

/**
 * Score every unit against at most MAX_ALIGN_CANDIDATES units of other articles found through its
 * posting lists, rarest first; a pair already scored from the other side is not scored again.
 * Returns the stored scores (as `score` gave them for the pair's cosine), the pairs that reach
 * ALIGN_MIN_SCORE, and those `score` set below it whose cosine reaches MENTION_SAME_WORDS (`apart`:
 * most of the words shared, kept apart by a figure or outcome rule). The cosine is a dot product against the unit's vector spread over a dense array,
 * summed in term order as `packedCosine` sums it, so it is the same number.
 */
export function scanCandidates(
  index: CandidateIndex,
  score: (u: number, v: number, cosine: number) => number,
): { scores: PairScores; edges: Edge[]; apart: Edge[] } {
  const { lists, packed, articleOf } = index;
  const n = packed.length;
  // all vectors in one pair of arrays (unit v's terms at offsets[v] .. offsets[v + 1]), for locality
  const offsets = new Int32Array(n + 1);
  packed.forEach((p, v) => {
    offsets[v + 1] = (offsets[v] as number) + p.ids.length;
  });
  const ids = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(ids.length);
  let width = 0;
  packed.forEach((p, v) => {
    ids.set(p.ids, offsets[v]);
    weights.set(p.weights, offsets[v]);
    for (const id of p.ids) if (id >= width) width = id + 1;
  });
  const dense = new Float64Array(width);
  const seen = new Int32Array(n).fill(-1);
  // the units before u that scored u from their side, marked while u is scanned (no table look-up)
  const scoredBy: number[][] = Array.from({ length: n }, () => []);
  const scoredFrom = new Int32Array(n).fill(-1);
  const pairs = new PairBuffer(n * 16);
  const edges: Edge[] = [];
  const apart: Edge[] = [];
  for (let u = 0; u < n; u++) {
    const article = articleOf[u] as number;
    for (const v of scoredBy[u] as number[]) scoredFrom[v] = u;
    scoredBy[u] = [];
    const own = packed[u] as Packed;
    for (let k = 0; k < own.ids.length; k++) dense[own.ids[k] as number] = own.weights[k] as number;
    let found = 0;
    scan: for (const list of lists[u] as (readonly number[])[])
      for (const v of list) {
        if (v === u || seen[v] === u || articleOf[v] === article) continue;
        seen[v] = u;
        if (++found > MAX_ALIGN_CANDIDATES) break scan;
        if (v < u && scoredFrom[v] === u) continue;
        let sum = 0;
        for (let k = offsets[v] as number, end = offsets[v + 1] as number; k < end; k++)
          sum += (dense[ids[k] as number] as number) * (weights[k] as number);
        const value = score(u, v, sum);
        pairs.push(u, v, value);
        if (v > u) (scoredBy[v] as number[]).push(u);
        if (value >= ALIGN_MIN_SCORE) edges.push([value, Math.min(u, v), Math.max(u, v)]);
        else if (sum >= MENTION_SAME_WORDS) apart.push([sum, Math.min(u, v), Math.max(u, v)]);
      }
    for (let k = 0; k < own.ids.length; k++) dense[own.ids[k] as number] = 0;
  }
  // the table is filled once, at its final size (growing it while scanning rehashed it several times)
  const scores = new PairScores(Math.ceil(pairs.size * 1.25));
  pairs.forEach((u, v, value) => {
    scores.set(u, v, value);
  });
  return { scores, edges, apart };
}

// Pairs with a score, appended to growing typed arrays.
class PairBuffer {
  #first: Int32Array;
  #second: Int32Array;
  #values: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.#first = new Int32Array(Math.max(16, capacity));
    this.#second = new Int32Array(this.#first.length);
    this.#values = new Float64Array(this.#first.length);
  }

  push(u: number, v: number, value: number): void {
    if (this.size === this.#first.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      this.#first = grow(this.#first, new Int32Array(this.size * 2));
      this.#second = grow(this.#second, new Int32Array(this.size * 2));
      this.#values = grow(this.#values, new Float64Array(this.size * 2));
    }
    this.#first[this.size] = u;
    this.#second[this.size] = v;
    this.#values[this.size] = value;
    this.size++;
  }

  forEach(f: (u: number, v: number, value: number) => void): void {
    for (let k = 0; k < this.size; k++)
      f(this.#first[k] as number, this.#second[k] as number, this.#values[k] as number);
  }
}
