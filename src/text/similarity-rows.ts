/**
 * The candidate-pair index over sparse term vectors (see vectors.ts): all-pairs similarity by an
 * inverted index, row by row, so that pairs without a shared term cost nothing.
 */
import type { Vector } from './vectors.ts';

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
export interface Postings {
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
  return sparseRowsOf(similarityIndex(vectors, options.groups), options);
}

/**
 * The inverted index of `similarityRows` over `vectors` (by `groups`, when given), built once for
 * any number of row readers (`sparseRowsOf`) with their own partner limits and least similarities.
 */
export interface SimilarityIndex {
  readonly vectors: readonly Vector[];
  readonly groups: ArrayLike<number> | undefined;
  readonly postings: ReadonlyMap<string, Postings>;
  /** The longest vector: what a vector's norm can bring to a cosine at most. */
  readonly maxNorm: number;
}

/** Build the inverted index of `vectors`, split by `groups` (each vector's article) when given. */
export function similarityIndex(vectors: readonly Vector[], groups?: ArrayLike<number>): SimilarityIndex {
  // postings by term, split by group, so that a row walks only the groups it holds
  const postings = new Map<string, Postings>();
  let maxNorm = 0;
  vectors.forEach((v, j) => {
    const group = groups ? (groups[j] as number) : 0;
    let norm = 0;
    // (forEach: a for…of over a map's entries makes an entry array per term)
    v.forEach((w, term) => {
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
    });
    maxNorm = Math.max(maxNorm, Math.sqrt(norm));
  });
  return { vectors, groups, postings, maxNorm };
}

/**
 * The rows of `sparseSimilarityRows` read from a built index (its `groups` are the index's; the
 * other options apply to these rows only). Each reader has its own row buffer.
 */
export function sparseRowsOf(
  index: SimilarityIndex,
  options: Omit<SimilarityRowsOptions, 'groups'> = {},
): (i: number) => SparseRow {
  const { vectors, groups, postings, maxNorm } = index;
  const maxPartners = options.maxPartners ?? MAX_ROW_PARTNERS;
  const minSimilarity = options.minSimilarity ?? Number.NEGATIVE_INFINITY;
  const row = new Float64Array(vectors.length);
  // which row last wrote each entry (a row number, so a row asked for twice starts clean too)
  const owner = new Int32Array(vectors.length);
  let rows = 0;
  let touched: number[] = [];
  // the row's terms in parallel arrays, reused from row to row, and their order (rarest first)
  const termOf: string[] = [];
  const weightOf: number[] = [];
  const postingsOf: (Postings | undefined)[] = [];
  const sizeOf: number[] = [];
  const order: number[] = [];
  let reach = new Float64Array(0);
  return (i) => {
    rows++;
    // only the entries the last row wrote are cleared (clearing the whole row made rows quadratic)
    for (const j of touched) row[j] = 0;
    touched = [];
    const own = groups ? groups[i] : undefined;
    let count = 0;
    vectors[i]?.forEach((w, term) => {
      const p = postings.get(term);
      let size = p?.size ?? 0;
      if (p && own !== undefined) {
        const at = p.groups.indexOf(own);
        if (at >= 0) size -= (p.ids[at] as number[]).length;
      }
      termOf[count] = term;
      weightOf[count] = w;
      postingsOf[count] = p;
      sizeOf[count] = size;
      order[count] = count;
      count++;
    });
    order.length = count;
    // (a stable sort of the indices: the order a sort of the terms themselves gave)
    order.sort((a, b) => (sizeOf[a] as number) - (sizeOf[b] as number));
    // the most the terms from k on can add to the cosine of a vector they alone share with this one:
    // each term's weight times its heaviest, or (Cauchy-Schwarz) their norm times the longest vector's
    if (reach.length < count + 1) reach = new Float64Array(2 * count + 2);
    reach.fill(0, 0, count + 1);
    if (minSimilarity > Number.NEGATIVE_INFINITY) {
      let products = 0;
      let squares = 0;
      for (let k = count - 1; k >= 0; k--) {
        const at = order[k] as number;
        const w = weightOf[at] as number;
        products += Math.abs(w) * (postingsOf[at]?.max ?? 0);
        squares += w * w;
        reach[k] = Math.min(products, Math.sqrt(squares) * maxNorm);
      }
    }
    let k = 0;
    for (; k < count; k++) {
      const at = order[k] as number;
      const w = weightOf[at] as number;
      const p = postingsOf[at];
      const size = sizeOf[at] as number;
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
      k < count && minSimilarity > Number.NEGATIVE_INFINITY
        ? touched.filter((j) => (row[j] as number) + rest + BOUND_SLACK >= minSimilarity)
        : touched;
    for (; k < count; k++) {
      const at = order[k] as number;
      const term = termOf[at] as string;
      const w = weightOf[at] as number;
      for (const j of open) {
        const wj = vectors[j]?.get(term);
        if (wj !== undefined) row[j] = (row[j] as number) + w * wj;
      }
    }
    return { row, partners: touched };
  };
}
