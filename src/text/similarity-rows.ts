/**
 * The candidate-pair index over sparse term vectors (see vectors.ts): all-pairs similarity by an
 * inverted index, row by row, so that pairs without a shared term cost nothing.
 */
import { type SimilarityIndex, similarityIndex } from './similarity-index.ts';
import type { Vector } from './vectors.ts';

export { type SimilarityIndex, similarityIndex };

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
 * The rows of `sparseSimilarityRows` read from a built index (its `groups` are the index's; the
 * other options apply to these rows only). Each reader has its own row buffer.
 */
export function sparseRowsOf(
  index: SimilarityIndex,
  options: Omit<SimilarityRowsOptions, 'groups'> = {},
): (i: number) => SparseRow {
  const { vectors, groups, postings, maxNorm } = index;
  const { terms, starts, ids, weights, runStarts, runGroups, runEnds, max } = postings;
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
  // (each term's number in the index, -1 for none)
  const numberOf: number[] = [];
  const sizeOf: number[] = [];
  const order: number[] = [];
  let reach = new Float64Array(0);
  // where run `r` of term `t` starts in `ids`: where the term's entries start, or its run before ends
  const runStart = (t: number, r: number): number =>
    r === runStarts[t] ? (starts[t] as number) : (runEnds[r - 1] as number);
  return (i) => {
    rows++;
    // only the entries the last row wrote are cleared (clearing the whole row made rows quadratic)
    for (const j of touched) row[j] = 0;
    touched = [];
    const own = groups ? groups[i] : undefined;
    let count = 0;
    vectors[i]?.forEach((w, term) => {
      const t = terms.get(term) ?? -1;
      let size = t < 0 ? 0 : (starts[t + 1] as number) - (starts[t] as number);
      if (t >= 0 && own !== undefined)
        for (let r = runStarts[t] as number; r < (runStarts[t + 1] as number); r++)
          if (runGroups[r] === own) size -= (runEnds[r] as number) - runStart(t, r);
      termOf[count] = term;
      weightOf[count] = w;
      numberOf[count] = t;
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
        const t = numberOf[at] as number;
        products += Math.abs(w) * (t < 0 ? 0 : (max[t] as number));
        squares += w * w;
        reach[k] = Math.min(products, Math.sqrt(squares) * maxNorm);
      }
    }
    let k = 0;
    for (; k < count; k++) {
      const at = order[k] as number;
      const w = weightOf[at] as number;
      const t = numberOf[at] as number;
      const size = sizeOf[at] as number;
      if (touched.length + size > maxPartners) break;
      if ((reach[k] as number) + BOUND_SLACK < minSimilarity) break;
      if (t < 0) continue;
      for (let r = runStarts[t] as number; r < (runStarts[t + 1] as number); r++) {
        if (runGroups[r] === own) continue;
        for (let n = runStart(t, r); n < (runEnds[r] as number); n++) {
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
