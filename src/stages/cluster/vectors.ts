/** A sparse vector: term → weight. */
export type SparseVector = ReadonlyMap<string, number>;

/**
 * Document frequencies that grow as articles arrive, and the smoothed IDF they give:
 * `ln((1 + n) / (1 + df)) + 1`.
 */
export class DocumentFrequencies {
  readonly #df = new Map<string, number>();
  #n = 0;

  /** Count one document's distinct keys. */
  observe(keys: Iterable<string>): void {
    this.#n++;
    for (const key of new Set(keys)) this.#df.set(key, (this.#df.get(key) ?? 0) + 1);
  }

  /** How many documents were observed. */
  get size(): number {
    return this.#n;
  }

  /** How many observed documents hold `key`. */
  df(key: string): number {
    return this.#df.get(key) ?? 0;
  }

  /** The smoothed inverse document frequency of `key`. */
  idf(key: string): number {
    return Math.log((1 + this.#n) / (1 + this.df(key))) + 1;
  }
}

/**
 * A sublinear-TF × IDF vector of raw counts, L2-normalised. Keys no other document holds are left
 * out: they cannot join the article to anything, and would only lengthen wordy articles' vectors.
 */
export function weighted(counts: ReadonlyMap<string, number>, df: DocumentFrequencies): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [key, tf] of counts) {
    if (df.df(key) < 2) continue;
    const w = (1 + Math.log(tf)) * df.idf(key);
    out.set(key, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [key, w] of out) out.set(key, w / norm);
  return out;
}

/**
 * A running sum of unit vectors (a story's centroid before normalisation) with its squared norm kept
 * up to date, so the cosine of a vector with the centroid costs one pass over that vector.
 */
export class Centroid {
  readonly sum = new Map<string, number>();
  #norm2 = 0;

  /** Dot product of `v` with the sum. */
  dot(v: SparseVector): number {
    // forEach: no entry array per term, in the hottest loop of the grouping
    let s = 0;
    const sum = this.sum;
    v.forEach((w, key) => {
      const x = sum.get(key);
      if (x !== undefined) s += w * x;
    });
    return s;
  }

  /** Cosine of `v` (unit length) with the centroid; 0 for an empty centroid. */
  cosine(v: SparseVector): number {
    return this.#norm2 > 1e-12 ? this.dot(v) / Math.sqrt(this.#norm2) : 0;
  }

  /** Add (`sign` 1) or take away (`sign` -1) a unit vector. */
  update(v: SparseVector, sign: 1 | -1): void {
    let self = 0;
    for (const w of v.values()) self += w * w;
    this.#norm2 += 2 * sign * this.dot(v) + self;
    for (const [key, w] of v) {
      const next = (this.sum.get(key) ?? 0) + sign * w;
      if (Math.abs(next) < 1e-12) this.sum.delete(key);
      else this.sum.set(key, next);
    }
    if (this.sum.size === 0) this.#norm2 = 0;
  }
}

/** Cosine similarity of two L2-normalised sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}
