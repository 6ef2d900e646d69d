import { smoothIdf } from '../../text/vectors.ts';

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

/** Interns string keys as small integers, and counts in how many documents each occurs. */
export class Vocabulary {
  readonly #ids = new Map<string, number>();
  readonly #keys: string[] = [];
  #df = new Int32Array(1024);
  #n = 0;

  /** The id of `key`, added when new. */
  id(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#keys.length;
      this.#ids.set(key, id);
      this.#keys.push(key);
      if (id >= this.#df.length) {
        const grown = new Int32Array(this.#df.length * 2);
        grown.set(this.#df);
        this.#df = grown;
      }
    }
    return id;
  }

  /** The key of an id. */
  key(id: number): string {
    return this.#keys[id] as string;
  }

  /** Count one document's distinct key ids. */
  observe(ids: Iterable<number>): void {
    this.#n++;
    for (const id of new Set(ids)) this.#df[id] = (this.#df[id] as number) + 1;
  }

  /** How many documents were observed. */
  get size(): number {
    return this.#n;
  }

  /** How many observed documents hold the key `id`. */
  df(id: number): number {
    return this.#df[id] ?? 0;
  }

  /** The smoothed inverse document frequency `ln((1 + n) / (1 + df)) + 1`. */
  idf(id: number): number {
    return smoothIdf(this.#n, this.df(id));
  }
}

/** Pack key ids and counts (any order) into a `Packed` vector sorted by id. */
export function pack(entries: readonly (readonly [number, number])[]): Packed {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  return {
    ids: Int32Array.from(sorted, ([id]) => id),
    weights: Float32Array.from(sorted, ([, w]) => w),
  };
}

/**
 * An article's raw counts of its three signals, packed in two arrays (names, then lead, then body):
 * two typed arrays an article where six cost about 1 KB more (a typed array weighs about 200 bytes
 * before its data).
 */
export interface SignalCounts {
  readonly ids: Int32Array;
  readonly counts: Float32Array;
  /** Where the lead's keys start, and where the body's do. */
  readonly leadAt: number;
  readonly bodyAt: number;
}

/** Which of an article's signals. */
export type Signal = 'names' | 'lead' | 'body';

/** Pack an article's three signals' counts (key id → count, any order) into `SignalCounts`. */
export function packCounts(signals: Record<Signal, readonly (readonly [number, number])[]>): SignalCounts {
  const parts = (['names', 'lead', 'body'] as const).map((k) => pack(signals[k]));
  const [names, lead, body] = parts as [Packed, Packed, Packed];
  const ids = new Int32Array(names.ids.length + lead.ids.length + body.ids.length);
  const counts = new Float32Array(ids.length);
  let at = 0;
  for (const part of parts) {
    ids.set(part.ids, at);
    counts.set(part.weights, at);
    at += part.ids.length;
  }
  return { ids, counts, leadAt: names.ids.length, bodyAt: names.ids.length + lead.ids.length };
}

/** The index range of one signal's keys in `SignalCounts`. */
export function rangeOf(c: SignalCounts, signal: Signal): readonly [number, number] {
  return signal === 'names'
    ? [0, c.leadAt]
    : signal === 'lead'
      ? [c.leadAt, c.bodyAt]
      : [c.bodyAt, c.ids.length];
}

/**
 * A sublinear-TF × IDF vector of one signal's raw counts, L2-normalised. Keys no other document holds
 * are left out: they cannot join the article to anything, and would only lengthen wordy articles' vectors.
 */
export function weighted(c: SignalCounts, signal: Signal, vocabulary: Vocabulary): Packed {
  const [from, to] = rangeOf(c, signal);
  const ids: number[] = [];
  const weights: number[] = [];
  let norm = 0;
  for (let i = from; i < to; i++) {
    const id = c.ids[i] as number;
    if (vocabulary.df(id) < 2) continue;
    const w = (1 + Math.log(c.counts[i] as number)) * vocabulary.idf(id);
    ids.push(id);
    weights.push(w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  return { ids: Int32Array.from(ids), weights: Float32Array.from(weights, (w) => w / norm) };
}

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
