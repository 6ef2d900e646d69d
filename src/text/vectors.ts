/**
 * Sparse term vectors shared by the stages that compare texts: document frequencies and IDF, TF-IDF,
 * cosine and a packed form for fast inner loops (the inverted index that finds the candidate pairs
 * is in similarity-rows.ts).
 */

/** A sparse vector of weighted terms (term → weight), L2-normalised where built here. */
export type Vector = ReadonlyMap<string, number>;

/** An IDF-weighted, L2-normalised vector of a term map (term → count or weight); unknown terms weigh 1. */
export function vectorOf(
  terms: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  // (forEach: no entry array per term)
  terms.forEach((w, t) => {
    const x = w * (idf.get(t) ?? 1);
    v.set(t, x);
    norm += x * x;
  });
  norm = Math.sqrt(norm) || 1;
  // (setting a key it holds adds none: each is visited once)
  v.forEach((x, t) => {
    v.set(t, x / norm);
  });
  return v;
}

/** TF-IDF vector of a bag of terms (raw counts times IDF), normalised to unit length. */
export function tfidf(terms: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const tf = new Map<string, number>();
  for (const s of terms) tf.set(s, (tf.get(s) ?? 0) + 1);
  return vectorOf(tf, idf);
}

/**
 * Cosine of two normalised sparse vectors (any key type).
 * @example
 * cosine(new Map([['a', 1]]), new Map([['a', 0.6], ['b', 0.8]])) // 0.6
 */
export function cosine<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): number {
  // (no pair of the two, nor an entry array per term: this runs for every pair a stage compares)
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  small.forEach((x, t) => {
    const y = large.get(t);
    if (y !== undefined) sum += x * y;
  });
  return sum;
}

/** In how many of the documents (term sets or term maps) each term occurs. */
export function documentFrequencies(
  docs: readonly (ReadonlyMap<string, unknown> | Iterable<string>)[],
): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) {
    const terms = d instanceof Map ? d.keys() : new Set(d as Iterable<string>);
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return df;
}

/**
 * The smoothed inverse document frequency of a term in `df` of `n` documents, as scikit-learn
 * computes it: `ln((1 + n) / (1 + df)) + 1`, so a term in every document still weighs 1.
 */
export function smoothIdf(n: number, df: number): number {
  return Math.log((1 + n) / (1 + df)) + 1;
}

/** Smoothed IDF weights (`smoothIdf`) of the terms of a set of term maps. */
export function idfOf(docs: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  return idfOfFrequencies(documentFrequencies(docs), docs.length);
}

/** `idfOf` from the document frequencies of `n` documents (`documentFrequencies`), in their order. */
export function idfOfFrequencies(df: ReadonlyMap<string, number>, n: number): Map<string, number> {
  return new Map([...df].map(([t, k]) => [t, smoothIdf(n, k)]));
}

/**
 * Probabilistic IDF weights `ln((n + 1) / (df + 0.5))` of the terms of a set of bags: a term in most
 * bags weighs close to nothing, so sentences similar only by the story's common words stay apart
 * (what the summary's sentence similarity reads; the other stages use `idfOf`).
 */
export function inverseFrequencies(bags: readonly (readonly string[])[]): Map<string, number> {
  const n = bags.length;
  return new Map([...documentFrequencies(bags)].map(([s, d]) => [s, Math.log((n + 1) / (d + 0.5))]));
}

/** A vector as parallel arrays sorted by term id, for a fast merge-join cosine. */
export interface Packed {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Pack vectors over one shared term numbering. */
export function packVectors(vectors: readonly Vector[]): Packed[] {
  const numbers = new Map<string, number>();
  return vectors.map((v) => {
    // filled in the vector's order, each term inserted at its place by id (a vector's terms are few,
    // and each has its own id): no array of entries per vector
    const ids = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let n = 0;
    v.forEach((x, t) => {
      let id = numbers.get(t);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(t, id);
      }
      let k = n++;
      for (; k > 0 && (ids[k - 1] as number) > id; k--) {
        ids[k] = ids[k - 1] as number;
        weights[k] = weights[k - 1] as number;
      }
      ids[k] = id;
      weights[k] = x;
    });
    return { ids, weights };
  });
}

/** Cosine of two packed vectors by merge join. */
export function packedCosine(a: Packed, b: Packed): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
