/**
 * The inverted index of `similarityRows` (similarity-rows.ts): each term's vectors and weights,
 * packed into a few typed arrays.
 */
import type { Vector } from './vectors.ts';

/**
 * The postings of every term, packed: a term's entries, in the order of the vectors, are
 * `ids`/`weights` from `starts[t]` to `starts[t + 1]`, and its runs of one group `runGroups`/`runEnds`
 * from `runStarts[t]`. An index of a long story is so a few arrays, not five per term, which lived as
 * long as the story's reading and were copied by every collection on the way.
 */
export interface Postings {
  /** Each term's number (its row in the arrays below). */
  readonly terms: ReadonlyMap<string, number>;
  readonly starts: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly runStarts: Int32Array;
  readonly runGroups: Float64Array;
  /** Where each run ends in `ids` (one past its last entry). */
  readonly runEnds: Int32Array;
  /** The heaviest weight of each term in any vector. */
  readonly max: Float64Array;
}

/**
 * The inverted index of `similarityRows` over `vectors` (by `groups`, when given), built once for
 * any number of row readers (`sparseRowsOf`) with their own partner limits and least similarities.
 */
export interface SimilarityIndex {
  readonly vectors: readonly Vector[];
  readonly groups: ArrayLike<number> | undefined;
  readonly postings: Postings;
  /** The longest vector: what a vector's norm can bring to a cosine at most. */
  readonly maxNorm: number;
}

/** Build the inverted index of `vectors`, split by `groups` (each vector's article) when given. */
export function similarityIndex(vectors: readonly Vector[], groups?: ArrayLike<number>): SimilarityIndex {
  // first each entry's term number and weight in the vectors' order, each term's count, heaviest
  // weight and runs of one group; then the entries placed term by term (in the vectors' order)
  const terms = new Map<string, number>();
  const [counts, max, runs, lastGroup]: [number[], number[], number[], number[]] = [[], [], [], []];
  const entryTerms: number[] = [];
  const entryWeights: number[] = [];
  let maxNorm = 0;
  vectors.forEach((v, j) => {
    const group = groups ? (groups[j] as number) : 0;
    let norm = 0;
    // (forEach: a for…of over a map's entries makes an entry array per term)
    v.forEach((w, term) => {
      norm += w * w;
      let t = terms.get(term);
      if (t === undefined) {
        t = terms.size;
        terms.set(term, t);
        counts.push(0);
        max.push(0);
        runs.push(0);
        lastGroup.push(group);
      }
      counts[t] = (counts[t] as number) + 1;
      if (Math.abs(w) > (max[t] as number)) max[t] = Math.abs(w);
      if (counts[t] === 1 || lastGroup[t] !== group) runs[t] = (runs[t] as number) + 1;
      lastGroup[t] = group;
      entryTerms.push(t);
      entryWeights.push(w);
    });
    maxNorm = Math.max(maxNorm, Math.sqrt(norm));
  });
  const starts = offsets(counts);
  const runStarts = offsets(runs);
  const ids = new Int32Array(entryTerms.length);
  const weights = new Float64Array(entryTerms.length);
  const runGroups = new Float64Array(runStarts[runs.length] as number);
  const runEnds = new Int32Array(runGroups.length);
  // the next free place of each term's entries and runs
  const [place, runPlace] = [starts.slice(0, -1), runStarts.slice(0, -1)];
  let e = 0;
  vectors.forEach((v, j) => {
    const group = groups ? (groups[j] as number) : 0;
    for (let k = v.size; k > 0; k--, e++) {
      const t = entryTerms[e] as number;
      const at = place[t] as number;
      ids[at] = j;
      weights[at] = entryWeights[e] as number;
      place[t] = at + 1;
      const run = runPlace[t] as number;
      // a new run where the term's last one holds another group (or none yet)
      if (run === runStarts[t] || runGroups[run - 1] !== group) {
        runGroups[run] = group;
        runPlace[t] = run + 1;
        runEnds[run] = at + 1;
      } else runEnds[run - 1] = at + 1;
    }
  });
  const postings = {
    terms,
    starts,
    ids,
    weights,
    runStarts,
    runGroups,
    runEnds,
    max: Float64Array.from(max),
  };
  return { vectors, groups, postings, maxNorm };
}

// Running sums of `counts` from 0: where each one's entries start, and the total last.
function offsets(counts: readonly number[]): Int32Array {
  const out = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) out[t + 1] = (out[t] as number) + (counts[t] as number);
  return out;
}
