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
  #sums: Float64Array | Float32Array = NO_SUMS;
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

  /** Cosine of `v` (unit length) with the centroid; 0 for an empty centroid. */
  cosine(v: Packed): number {
    if (this.#norm2 <= 1e-12) return 0;
    return dotSorted(v, this.#ids, this.#sums, this.#size) / Math.sqrt(this.#norm2);
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
    this.#norm2 += 2 * sign * dotSorted(v, this.#ids, this.#sums, this.#size) + self;
    this.#merge(v, sign);
    if (this.#size === 0) this.#norm2 = 0;
  }

  // The sum plus `sign` times `v`; a key whose sum comes to (almost) nothing is dropped. The sums are
  // the same whichever way: in place when no key is added (from the front) or none is dropped and
  // the arrays have room (from the back), else into new arrays of the exact size.
  #merge(v: Packed, sign: 1 | -1): void {
    const [a, x, b, y, n] = [this.#ids, this.#sums, v.ids, v.weights, this.#size];
    // how many keys the result holds, how many of them are new, and whether any is dropped
    let [i, j, k, added, dropped] = [0, 0, 0, 0, false];
    while (i < n || j < b.length) {
      const p = i < n ? (a[i] as number) : Number.MAX_SAFE_INTEGER;
      const q = j < b.length ? (b[j] as number) : Number.MAX_SAFE_INTEGER;
      let next: number;
      if (p < q) next = x[i++] as number;
      else if (q < p) next = 0 + sign * (y[j++] as number);
      else next = (x[i++] as number) + sign * (y[j++] as number);
      if (Math.abs(next) < 1e-9) dropped = true;
      else {
        if (q < p) added++;
        k++;
      }
    }
    if (this.#owned && added === 0) this.#mergeForward(v, sign);
    else if (this.#owned && !dropped && k <= a.length) this.#mergeBackward(v, sign, k);
    else this.#mergeInto(v, sign, k);
    this.#size = k;
  }

  // In place from the front: no key of `v` is added (the write never passes the read); a key of `v`
  // the sum lacks comes to nothing and is passed over.
  #mergeForward(v: Packed, sign: 1 | -1): void {
    const [a, x, b, y, n] = [this.#ids, this.#sums, v.ids, v.weights, this.#size];
    let [i, j, k] = [0, 0, 0];
    while (i < n) {
      const p = a[i] as number;
      while (j < b.length && (b[j] as number) < p) j++;
      let next: number;
      if (j < b.length && b[j] === p) next = (x[i++] as number) + sign * (y[j++] as number);
      else next = x[i++] as number;
      if (Math.abs(next) < 1e-9) continue;
      a[k] = p;
      x[k] = next;
      k++;
    }
  }

  // In place from the back into `size` entries: nothing is dropped (the write never falls behind the read).
  #mergeBackward(v: Packed, sign: 1 | -1, size: number): void {
    const [a, x, b, y] = [this.#ids, this.#sums, v.ids, v.weights];
    let [i, j, k] = [this.#size - 1, b.length - 1, size - 1];
    while (j >= 0) {
      const p = i >= 0 ? (a[i] as number) : -1;
      const q = b[j] as number;
      if (p > q) {
        a[k] = p;
        x[k--] = x[i--] as number;
      } else if (q > p) {
        a[k] = q;
        x[k--] = 0 + sign * (y[j--] as number);
      } else {
        a[k] = p;
        x[k--] = (x[i--] as number) + sign * (y[j--] as number);
      }
    }
  }

  // Into new arrays of `size` entries.
  #mergeInto(v: Packed, sign: 1 | -1, size: number): void {
    const [a, x, b, y, n] = [this.#ids, this.#sums, v.ids, v.weights, this.#size];
    const ids = new Int32Array(size);
    const sums = new Float64Array(size);
    let [i, j, k] = [0, 0, 0];
    while (i < n || j < b.length) {
      const p = i < n ? (a[i] as number) : Number.MAX_SAFE_INTEGER;
      const q = j < b.length ? (b[j] as number) : Number.MAX_SAFE_INTEGER;
      let next: number;
      if (p < q) next = x[i++] as number;
      else if (q < p) next = 0 + sign * (y[j++] as number);
      else next = (x[i++] as number) + sign * (y[j++] as number);
      if (Math.abs(next) < 1e-9) continue;
      ids[k] = Math.min(p, q);
      sums[k] = next;
      k++;
    }
    this.#ids = ids;
    this.#sums = sums;
    this.#owned = true;
  }
}

const NO_IDS = new Int32Array(0);
const NO_SUMS = new Float64Array(0);

// Dot product of a packed vector with the first `m` entries of a packed sum (both ids ascending),
// summed in the order of `v`'s ids as `dot` does. The sum's next matching entry is found by a few
// steps, then (a long sum) by galloping; past the sum's last id nothing more can match.
function dotSorted(v: Packed, ids: Int32Array, sums: Float64Array | Float32Array, m: number): number {
  const { ids: keys, weights } = v;
  const n = keys.length;
  if (m === 0 || n === 0) return 0;
  const last = ids[m - 1] as number;
  let s = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const id = keys[i] as number;
    if (id > last) break;
    // the first entry not below `id` (there is one: `last` is not below it)
    if ((ids[j] as number) < id) {
      j++;
      for (let steps = 0; steps < 4 && (ids[j] as number) < id; steps++) j++;
      if ((ids[j] as number) < id) j = lowerBound(ids, id, j + 1, m - 1);
    }
    if (ids[j] === id) s += (weights[i] as number) * (sums[j] as number);
  }
  return s;
}

// The first index in `lo..hi` whose id is not below `id` (`ids[hi]` is not), galloping from `lo`.
function lowerBound(ids: Int32Array, id: number, lo: number, hi: number): number {
  let step = 1;
  while (lo + step < hi && (ids[lo + step] as number) < id) {
    lo += step;
    step *= 2;
  }
  let top = Math.min(lo + step, hi);
  while (lo < top) {
    const mid = (lo + top) >>> 1;
    if ((ids[mid] as number) < id) lo = mid + 1;
    else top = mid;
  }
  return lo;
}

/** The key ids of `v` that a story's summed vector holds too, by their share of the dot product, at most `top`. */
export function sharedIds(v: Packed, sum: SparseVector, top: number): number[] {
  return [...v.ids]
    .map((id, i) => [id, (v.weights[i] as number) * (sum.get(id) ?? 0)] as const)
    .filter(([, x]) => x > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, top)
    .map(([id]) => id);
}
