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
 * vector as it is.
 */
export class Centroid {
  #ids: Int32Array = NO_IDS;
  #sums: Float64Array | Float32Array = NO_SUMS;
  #norm2 = 0;

  /** The sum as a map (for explanations, not the hot path). */
  get sum(): SparseVector {
    return new Map(Array.from(this.#ids, (id, i) => [id, this.#sums[i] as number]));
  }

  /** How many keys the sum holds. */
  get size(): number {
    return this.#ids.length;
  }

  /** Cosine of `v` (unit length) with the centroid; 0 for an empty centroid. */
  cosine(v: Packed): number {
    if (this.#norm2 <= 1e-12) return 0;
    return dotSorted(v, this.#ids, this.#sums) / Math.sqrt(this.#norm2);
  }

  /** The centroid as a packed unit vector. */
  unit(): Packed {
    const norm = Math.sqrt(this.#norm2) || 1;
    return { ids: this.#ids.slice(), weights: Float32Array.from(this.#sums, (w) => w / norm) };
  }

  /** Add (`sign` 1) or take away (`sign` -1) a unit vector. */
  update(v: Packed, sign: 1 | -1): void {
    let self = 0;
    for (const w of v.weights) self += w * w;
    if (sign === 1 && this.#ids.length === 0) {
      // one vector is kept as it is, until a second comes
      this.#ids = v.ids;
      this.#sums = v.weights;
      this.#norm2 = self;
      return;
    }
    this.#norm2 += 2 * sign * dotSorted(v, this.#ids, this.#sums) + self;
    this.#merge(v, sign);
    if (this.#ids.length === 0) this.#norm2 = 0;
  }

  // The sum plus `sign` times `v`, merged into new arrays of the exact size; a key whose sum comes to
  // (almost) nothing is dropped.
  #merge(v: Packed, sign: 1 | -1): void {
    const [a, x, b, y] = [this.#ids, this.#sums, v.ids, v.weights];
    let size = 0;
    for (let pass = 0; pass < 2; pass++) {
      const ids = pass ? new Int32Array(size) : NO_IDS;
      const sums = pass ? new Float64Array(size) : NO_SUMS;
      let [i, j, k] = [0, 0, 0];
      while (i < a.length || j < b.length) {
        const p = i < a.length ? (a[i] as number) : Number.MAX_SAFE_INTEGER;
        const q = j < b.length ? (b[j] as number) : Number.MAX_SAFE_INTEGER;
        let next: number;
        if (p < q) next = x[i++] as number;
        else if (q < p) next = 0 + sign * (y[j++] as number);
        else next = (x[i++] as number) + sign * (y[j++] as number);
        if (Math.abs(next) < 1e-9) continue;
        if (pass) {
          ids[k] = Math.min(p, q);
          sums[k] = next;
        }
        k++;
      }
      size = k;
      if (pass) {
        this.#ids = ids;
        this.#sums = sums;
      }
    }
  }
}

const NO_IDS = new Int32Array(0);
const NO_SUMS = new Float64Array(0);

// Dot product of a packed vector with a packed sum (both ids ascending), summed in the order of `v`'s
// ids as `dot` does; a long sum is searched (galloping) rather than walked.
function dotSorted(v: Packed, ids: Int32Array, sums: Float64Array | Float32Array): number {
  let s = 0;
  let j = 0;
  const m = ids.length;
  for (let i = 0; i < v.ids.length && j < m; i++) {
    const id = v.ids[i] as number;
    if ((ids[j] as number) < id) {
      // gallop to a bound past `id`, then search between
      let lo = j + 1;
      let step = 1;
      while (lo < m && (ids[lo] as number) < id) {
        j = lo;
        step *= 2;
        lo = j + step;
      }
      let hi = Math.min(lo, m);
      lo = j + 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((ids[mid] as number) < id) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    if (j < m && ids[j] === id) s += (v.weights[i] as number) * (sums[j] as number);
  }
  return s;
}
