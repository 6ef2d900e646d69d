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
 * A sublinear-TF × IDF vector of raw counts, L2-normalised. Keys no other document holds are left
 * out: they cannot join the article to anything, and would only lengthen wordy articles' vectors.
 */
export function weighted(counts: Packed, vocabulary: Vocabulary): Packed {
  const ids: number[] = [];
  const weights: number[] = [];
  let norm = 0;
  for (let i = 0; i < counts.ids.length; i++) {
    const id = counts.ids[i] as number;
    if (vocabulary.df(id) < 2) continue;
    const w = (1 + Math.log(counts.weights[i] as number)) * vocabulary.idf(id);
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
 * up to date, so the cosine of a vector with the centroid costs one pass over that vector. A centroid
 * of one vector keeps that vector as it is, and makes a map only when a second one comes: most stories
 * of a large run hold one article, and a map per signal per story was most of the grouping's memory.
 */
export class Centroid {
  #map: Map<number, number> | null = null;
  #single: Packed | null = null;
  #norm2 = 0;

  /** The sum as a map (a copy for a centroid of one vector; for explanations, not the hot path). */
  get sum(): SparseVector {
    return this.#single
      ? new Map(Array.from(this.#single.ids, (id, i) => [id, this.#single?.weights[i] as number]))
      : (this.#map ?? new Map());
  }

  /** How many keys the sum holds. */
  get size(): number {
    return this.#single ? this.#single.ids.length : (this.#map?.size ?? 0);
  }

  /** Cosine of `v` (unit length) with the centroid; 0 for an empty centroid. */
  cosine(v: Packed): number {
    if (this.#norm2 <= 1e-12) return 0;
    return (this.#single ? dotPacked(v, this.#single) : dot(v, this.#map ?? EMPTY)) / Math.sqrt(this.#norm2);
  }

  /** The centroid as a packed unit vector. */
  unit(): Packed {
    const norm = Math.sqrt(this.#norm2) || 1;
    return pack([...this.sum].map(([id, w]) => [id, w / norm] as const));
  }

  /** Add (`sign` 1) or take away (`sign` -1) a unit vector. */
  update(v: Packed, sign: 1 | -1): void {
    let self = 0;
    for (const w of v.weights) self += w * w;
    if (sign === 1 && !this.#single && !this.#map?.size) {
      this.#single = v;
      this.#map = null;
      this.#norm2 = self;
      return;
    }
    const sum = this.#materialise();
    this.#norm2 += 2 * sign * dot(v, sum) + self;
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i] as number;
      const next = (sum.get(id) ?? 0) + sign * (v.weights[i] as number);
      if (Math.abs(next) < 1e-9) sum.delete(id);
      else sum.set(id, next);
    }
    if (sum.size === 0) this.#norm2 = 0;
  }

  // The sum as a map of its own, made from the single vector when there is one.
  #materialise(): Map<number, number> {
    if (this.#single) {
      this.#map = new Map(this.sum);
      this.#single = null;
    }
    this.#map ??= new Map();
    return this.#map;
  }
}

const EMPTY: SparseVector = new Map();

// Dot product of two packed vectors (ids ascending), summed in the order of `v`'s ids as `dot` does.
function dotPacked(v: Packed, w: Packed): number {
  let s = 0;
  let j = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const id = v.ids[i] as number;
    while (j < w.ids.length && (w.ids[j] as number) < id) j++;
    if (j < w.ids.length && w.ids[j] === id) s += (v.weights[i] as number) * (w.weights[j] as number);
  }
  return s;
}
