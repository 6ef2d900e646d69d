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
  /**
   * The least cosine the caller reads (default: none): a row stops collecting partners once the
   * terms left could not bring a new one up to it, and does not finish the sums of partners they
   * could not bring up to it, so entries below it may read less (0 included); those at or above it
   * are as without it, to the last bit (the same sums in the same order).
   */
  readonly minSimilarity?: number;
}

/** One row of the candidate-pair index: the cosines and which entries of them may be non-zero. */
export interface SparseRow {
  /** The cosine of the row's vector with every vector (a reused buffer, valid until the next row). */
  readonly row: Float64Array;
  /** The vectors sharing a term with it (in the order found; the only entries of `row` not 0). */
  readonly partners: readonly number[];
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
  const sparse = sparseSimilarityRows(vectors, options);
  return (i) => sparse(i).row;
}

// A term's postings: by group, in the order the groups first hold it (each group's vectors and
// their weights of the term, in parallel), and their total length.
interface Postings {
  readonly groups: number[];
  readonly ids: number[][];
  readonly weights: number[][];
  size: number;
  /** The heaviest weight of the term in any vector. */
  max: number;
}

// Rounding slack of a bound on a sum of products, so that a bound never stops a row too early.
const BOUND_SLACK = 1e-9;

/**
 * `similarityRows` with each row's partners, so that a caller reads only the entries that may be
 * non-zero (a row of a huge story then costs its partners, not the story's length).
 */
export function sparseSimilarityRows(
  vectors: readonly Vector[],
  options: SimilarityRowsOptions = {},
): (i: number) => SparseRow {
  const maxPartners = options.maxPartners ?? MAX_ROW_PARTNERS;
  const minSimilarity = options.minSimilarity ?? Number.NEGATIVE_INFINITY;
  const groups = options.groups;
  // postings by term, split by group, so that a row walks only the groups it holds
  const postings = new Map<string, Postings>();
  // the longest vector: what a vector's norm can bring to a cosine at most
  let maxNorm = 0;
  vectors.forEach((v, j) => {
    const group = groups ? (groups[j] as number) : 0;
    let norm = 0;
    for (const [term, w] of v) {
      norm += w * w;
      let p = postings.get(term);
      if (!p) {
        p = { groups: [], ids: [], weights: [], size: 0, max: 0 };
        postings.set(term, p);
      }
      p.size++;
      if (Math.abs(w) > p.max) p.max = Math.abs(w);
      // vectors come group by group as a rule: the last group first
      const last = p.groups.length - 1;
      const at = p.groups[last] === group ? last : p.groups.indexOf(group);
      if (at >= 0) {
        (p.ids[at] as number[]).push(j);
        (p.weights[at] as number[]).push(w);
      } else {
        p.groups.push(group);
        p.ids.push([j]);
        p.weights.push([w]);
      }
    }
    maxNorm = Math.max(maxNorm, Math.sqrt(norm));
  });
  const row = new Float64Array(vectors.length);
  // which row last wrote each entry (a row number, so a row asked for twice starts clean too)
  const owner = new Int32Array(vectors.length);
  let rows = 0;
  let touched: number[] = [];
  return (i) => {
    rows++;
    // only the entries the last row wrote are cleared (clearing the whole row made rows quadratic)
    for (const j of touched) row[j] = 0;
    touched = [];
    const own = groups ? groups[i] : undefined;
    const terms: { term: string; w: number; p: Postings | undefined; size: number }[] = [];
    for (const [term, w] of vectors[i] ?? []) {
      const p = postings.get(term);
      let size = p?.size ?? 0;
      if (p && own !== undefined) {
        const at = p.groups.indexOf(own);
        if (at >= 0) size -= (p.ids[at] as number[]).length;
      }
      terms.push({ term, w, p, size });
    }
    terms.sort((a, b) => a.size - b.size);
    // the most the terms from k on can add to the cosine of a vector they alone share with this one:
    // each term's weight times its heaviest, or (Cauchy-Schwarz) their norm times the longest vector's
    const reach = new Float64Array(terms.length + 1);
    if (minSimilarity > Number.NEGATIVE_INFINITY) {
      let products = 0;
      let squares = 0;
      for (let k = terms.length - 1; k >= 0; k--) {
        const { w, p } = terms[k] as (typeof terms)[number];
        products += Math.abs(w) * (p?.max ?? 0);
        squares += w * w;
        reach[k] = Math.min(products, Math.sqrt(squares) * maxNorm);
      }
    }
    let k = 0;
    for (; k < terms.length; k++) {
      const { w, p, size } = terms[k] as (typeof terms)[number];
      if (touched.length + size > maxPartners) break;
      if ((reach[k] as number) + BOUND_SLACK < minSimilarity) break;
      if (!p) continue;
      for (let g = 0; g < p.groups.length; g++) {
        if (p.groups[g] === own) continue;
        const ids = p.ids[g] as number[];
        const weights = p.weights[g] as number[];
        for (let n = 0; n < ids.length; n++) {
          const j = ids[n] as number;
          if (owner[j] !== rows) {
            owner[j] = rows;
            touched.push(j);
          }
          row[j] = (row[j] as number) + w * (weights[n] as number);
        }
      }
    }
    // the frequent terms left: only for the partners already found, and of those (with a least
    // similarity) only the ones the terms left could still bring up to it
    const rest = reach[k] as number;
    const open =
      k < terms.length && minSimilarity > Number.NEGATIVE_INFINITY
        ? touched.filter((j) => (row[j] as number) + rest + BOUND_SLACK >= minSimilarity)
        : touched;
    for (; k < terms.length; k++) {
      const { term, w } = terms[k] as (typeof terms)[number];
      for (const j of open) {
        const wj = vectors[j]?.get(term);
        if (wj !== undefined) row[j] = (row[j] as number) + w * wj;
      }
    }
    return { row, partners: touched };
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
