import {
  countMerge,
  countMergeAll,
  dotSorted,
  lowerBound,
  type MergeCount,
  mergeBackward,
  mergeForward,
  mergeInto,
  nextAtLeast,
  type Sums,
} from './sorted-merge.ts';

/**
 * A packed sparse vector: key ids (ascending) and their weights. The grouping holds one per signal
 * per article, so packed arrays (not maps) keep 100,000 articles in memory.
 */
export interface Packed {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

/** A sparse vector as a map (key id → weight): centroids and the topic step. */
export type SparseVector = ReadonlyMap<number, number>;

/** Dot product of a packed vector with a map vector. */
export function dot(v: Packed, map: SparseVector): number {
  let s = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const x = map.get(v.ids[i] as number);
    if (x !== undefined) s += (v.weights[i] as number) * x;
  }
  return s;
}

/**
 * A running sum of unit vectors (a story's centroid before normalisation) with its squared norm kept
 * up to date, so the cosine of a vector with the centroid costs one pass over that vector. The sum is
 * packed (key ids ascending, sums as doubles): a map per signal per story was most of the grouping's
 * memory at 100,000 articles (about 50 bytes a key against 12). A centroid of one vector keeps that
 * vector as it is. Its own arrays are updated in place when they can be (taking an article away, or
 * putting back one whose keys it still has room for: the refine passes), and only the first `#size`
 * entries are the sum.
 */
export class Centroid {
  #ids: Int32Array = NO_IDS;
  #sums: Sums = NO_SUMS;
  #size = 0;
  // whether #ids and #sums are the centroid's own (not the one vector's it keeps as it is)
  #owned = false;
  #norm2 = 0;

  /** The sum as a map (for explanations, not the hot path). */
  get sum(): SparseVector {
    return new Map(Array.from(this.#ids.subarray(0, this.#size), (id, i) => [id, this.#sums[i] as number]));
  }

  /** How many keys the sum holds. */
  get size(): number {
    return this.#size;
  }

  /** Whether the sum holds the key `id`. */
  holds(id: number): boolean {
    const n = this.#size;
    if (n === 0 || id > (this.#ids[n - 1] as number)) return false;
    return this.#ids[lowerBound(this.#ids, id, 0, n - 1)] === id;
  }

  /**
   * Add 1 to `held[i]` for each id `ids[i]` (ascending) the sum holds: one walk over the sum, as
   * `dotSorted` walks it, where `holds` would search the whole sum for each id.
   */
  countHeld(ids: Int32Array, held: Int32Array): void {
    const [sum, m] = [this.#ids, this.#size];
    if (m === 0) return;
    const last = sum[m - 1] as number;
    let j = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (id > last) break;
      if ((sum[j] as number) < id) j = lowerBound(sum, id, j + 1, m - 1);
      if (sum[j] === id) held[i] = (held[i] as number) + 1;
    }
  }

  /**
   * The sum of the squares of `v`'s weights on the keys the sum holds, in `v`'s order: one walk over
   * the sum, as `dotSorted` walks it, where `holds` would search the whole sum for each key.
   */
  heldSquares(v: Packed): number {
    const [sum, m, keys, weights] = [this.#ids, this.#size, v.ids, v.weights];
    if (m === 0) return 0;
    const last = sum[m - 1] as number;
    let [held, j] = [0, 0];
    for (let i = 0; i < keys.length; i++) {
      const id = keys[i] as number;
      if (id > last) break;
      j = nextAtLeast(sum, id, j, m);
      if (sum[j] === id) held += (weights[i] as number) ** 2;
    }
    return held;
  }

  /** Cosine of `v` (unit length) with the centroid; 0 for an empty centroid. */
  cosine(v: Packed): number {
    if (this.#norm2 <= 1e-12) return 0;
    return dotSorted(v.ids, v.weights, this.#ids, this.#sums, this.#size) / Math.sqrt(this.#norm2);
  }

  /** The centroid as a packed unit vector. */
  unit(): Packed {
    const norm = Math.sqrt(this.#norm2) || 1;
    const sums = this.#sums.subarray(0, this.#size);
    return { ids: this.#ids.slice(0, this.#size), weights: Float32Array.from(sums, (w) => w / norm) };
  }

  /** Add (`sign` 1) or take away (`sign` -1) a unit vector. */
  update(v: Packed, sign: 1 | -1): void {
    let self = 0;
    for (const w of v.weights) self += w * w;
    if (sign === 1 && this.#size === 0) {
      // one vector is kept as it is, until a second comes
      this.#ids = v.ids;
      this.#sums = v.weights;
      this.#size = v.ids.length;
      this.#owned = false;
      this.#norm2 = self;
      return;
    }
    // The sum plus `sign` times `v`. The sums are the same whichever way: in place when no key is
    // added (from the front) or none is dropped and the arrays have room (from the back), else into
    // new arrays of the exact size. Only a vector kept as it is is read whole to count.
    const [a, x, n] = [this.#ids, this.#sums, this.#size];
    const count = (this.#owned ? countMerge : countMergeAll)(v.ids, v.weights, a, x, n, sign, COUNT);
    this.#norm2 += 2 * sign * count.dot + self;
    if (this.#owned && count.added === 0) mergeForward(a, x, n, v.ids, v.weights, sign);
    else if (this.#owned && !count.dropped && count.size <= a.length)
      mergeBackward(a, x, n, v.ids, v.weights, sign, count.size);
    else {
      [this.#ids, this.#sums] = mergeInto(a, x, n, v.ids, v.weights, sign, count.size);
      this.#owned = true;
    }
    this.#size = count.size;
    if (this.#size === 0) this.#norm2 = 0;
  }
}

const NO_IDS = new Int32Array(0);
/** Whether the packed vector holds the key `id`. */
export function packedHolds(v: Packed, id: number): boolean {
  const n = v.ids.length;
  if (n === 0 || id > (v.ids[n - 1] as number)) return false;
  return v.ids[lowerBound(v.ids, id, 0, n - 1)] === id;
}

const NO_SUMS = new Float64Array(0);
// (one count at a time: written by each update, read at once)
const COUNT: MergeCount = { dot: 0, added: 0, dropped: false, size: 0 };

/** The key ids of `v` that a story's summed vector holds too, by their share of the dot product, at most `top`. */
export function sharedIds(v: Packed, sum: SparseVector, top: number): number[] {
  return [...v.ids]
    .map((id, i) => [id, (v.weights[i] as number) * (sum.get(id) ?? 0)] as const)
    .filter(([, x]) => x > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, top)
    .map(([id]) => id);
}
