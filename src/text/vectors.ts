/**
 * Sparse term vectors shared by the stages that compare texts: document frequencies and IDF, TF-IDF,
 * cosine, a packed form for fast inner loops, and an inverted index that finds the candidate pairs.
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
  for (const [t, w] of terms) {
    const x = w * (idf.get(t) ?? 1);
    v.set(t, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of v) v.set(t, x / norm);
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
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) sum += x * y;
  }
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
  const n = docs.length;
  return new Map([...documentFrequencies(docs)].map(([t, k]) => [t, smoothIdf(n, k)]));
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

/**
 * Most vectors one row of `similarityRows` collects through the inverted index (rarest shared terms
 * first): far above the sentences of a news story that share a content word with one sentence, it
 * keeps the rows of huge articles from growing with their length (issue 16).
 */
export const MAX_ROW_PARTNERS = 2000;

/** Options of `similarityRows`. */
export interface SimilarityRowsOptions {
  /**
   * Each vector's group (its article): a row then holds only the vectors of other groups, and the
   * rest read 0 — a row of one huge article's sentence costs nothing in its own article.
   */
  readonly groups?: ArrayLike<number>;
  /** Most partners a row collects (default MAX_ROW_PARTNERS). */
  readonly maxPartners?: number;
}

/**
 * The candidate-pair index: all-pairs similarity by an inverted index. `row(i)` gives the cosine of
 * vector i with every vector (a reused buffer, valid until the next call); pairs without a shared
 * term cost nothing. A row walks its terms' postings rarest first and takes no new partners once a
 * term would bring it past `maxPartners`: the partners found by then get the rest of their cosine
 * from their own vectors (theirs is exact), and vectors that share only more frequent terms read 0.
 */
export function similarityRows(
  vectors: readonly Vector[],
  options: SimilarityRowsOptions = {},
): (i: number) => Float64Array {
  const maxPartners = options.maxPartners ?? MAX_ROW_PARTNERS;
  const groups = options.groups;
  // postings by term, split by group, so that a row walks only the groups it holds
  const postings = new Map<string, Map<number, [number, number][]>>();
  vectors.forEach((v, j) => {
    const group = groups ? (groups[j] as number) : 0;
    for (const [term, w] of v) {
      let byGroup = postings.get(term);
      if (!byGroup) {
        byGroup = new Map();
        postings.set(term, byGroup);
      }
      const list = byGroup.get(group);
      if (list) list.push([j, w]);
      else byGroup.set(group, [[j, w]]);
    }
  });
  const row = new Float64Array(vectors.length);
  // which row last wrote each entry (a row number, so a row asked for twice starts clean too)
  const owner = new Int32Array(vectors.length);
  let rows = 0;
  let touched: number[] = [];
  const none = new Map<number, [number, number][]>();
  return (i) => {
    rows++;
    // only the entries the last row wrote are cleared (clearing the whole row made rows quadratic)
    for (const j of touched) row[j] = 0;
    touched = [];
    const own = groups ? groups[i] : undefined;
    const terms = [...(vectors[i] ?? [])]
      .map(([term, w]) => {
        const lists = [...(postings.get(term) ?? none)].filter(([g]) => g !== own).map(([, l]) => l);
        return { term, w, lists, size: lists.reduce((n, l) => n + l.length, 0) };
      })
      .sort((a, b) => a.size - b.size);
    let k = 0;
    for (; k < terms.length; k++) {
      const { w, lists, size } = terms[k] as (typeof terms)[number];
      if (touched.length + size > maxPartners) break;
      for (const list of lists)
        for (const [j, wj] of list) {
          if (owner[j] !== rows) {
            owner[j] = rows;
            touched.push(j);
          }
          row[j] = (row[j] as number) + w * wj;
        }
    }
    // the frequent terms left: only for the partners already found
    for (; k < terms.length; k++) {
      const { term, w } = terms[k] as (typeof terms)[number];
      for (const j of touched) {
        const wj = vectors[j]?.get(term);
        if (wj !== undefined) row[j] = (row[j] as number) + w * wj;
      }
    }
    return row;
  };
}

/** A vector as parallel arrays sorted by term id, for a fast merge-join cosine. */
export interface Packed {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Pack vectors over one shared term numbering. */
export function packVectors(vectors: readonly Vector[]): Packed[] {
  const ids = new Map<string, number>();
  return vectors.map((v) => {
    const entries = [...v].map(([t, x]): [number, number] => {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      return [id, x];
    });
    entries.sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) };
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
