import { type SimilarityIndex, similarityIndex, sparseRowsOf } from '../../text/similarity-rows.ts';
import type { Vector } from '../../text/vectors.ts';
import type { Candidate } from './candidates.ts';
import { articleGroups, groupByArticle } from './spans.ts';

/** A sentence of another article close to a candidate, and how close (cosine of their vectors). */
export interface Near {
  readonly candidate: Candidate;
  readonly similarity: number;
}

// The inverted index of a story's sentence vectors, built once for the calls on one story (the
// support check's threshold and the points' lower one): keyed by the vectors (never changed once
// built), for their candidates.
const INDEXES = new WeakMap<
  readonly Vector[],
  { readonly candidates: readonly Candidate[]; readonly index: SimilarityIndex }
>();

// The story's similarity index over `vectors`, built on first use and shared by every threshold.
function indexOf(candidates: readonly Candidate[], vectors: readonly Vector[]): SimilarityIndex {
  let built = INDEXES.get(vectors);
  if (built?.candidates !== candidates) {
    built = { candidates, index: similarityIndex(vectors, articleGroups(candidates)) };
    INDEXES.set(vectors, built);
  }
  return built.index;
}

/**
 * The sentences of other articles at least `threshold` alike to a candidate: by article in the
 * story's order, closest first within each (ties in text order). Each candidate's list is worked out
 * once, on first asking, from its similarity row's partners only (what the support and the plan
 * checks both read), so a row costs the sentences that share a term with it, not the whole story.
 * @example
 * const near = nearSentences(candidates, vectors, 0.3);
 * near(4).get('a2') // a2's sentences alike to candidate 4, closest first
 */
export function nearSentences(
  candidates: readonly Candidate[],
  vectors: readonly Vector[],
  threshold: number,
): (index: number) => ReadonlyMap<string, readonly Near[]> {
  const byArticle = groupByArticle(candidates);
  const empty: ReadonlyMap<string, readonly Near[]> = new Map();
  if (byArticle.size < 2) return () => empty;
  const groups = articleGroups(candidates);
  // entries under the threshold are never read: a row need not look for them
  const rows = sparseRowsOf(indexOf(candidates, vectors), { minSimilarity: threshold });
  const cache = new Map<number, ReadonlyMap<string, readonly Near[]>>();
  return (index) => {
    const known = cache.get(index);
    if (known) return known;
    const { row, partners } = rows(index);
    // a threshold of 0 or less also takes the sentences sharing no term (their cosine is 0)
    const indices =
      threshold > 0
        ? partners.filter((j) => (row[j] as number) >= threshold)
        : candidates.flatMap((c) => (groups[c.index] === groups[index] ? [] : [c.index]));
    indices.sort(
      (a, b) =>
        (groups[a] as number) - (groups[b] as number) || (row[b] as number) - (row[a] as number) || a - b,
    );
    const out = new Map<string, Near[]>();
    for (const j of indices) {
      const candidate = candidates[j] as Candidate;
      const near = { candidate, similarity: row[j] as number };
      const list = out.get(candidate.articleId);
      if (list) list.push(near);
      else out.set(candidate.articleId, [near]);
    }
    cache.set(index, out);
    return out;
  };
}

/**
 * `nearSentences` as one list per candidate, closest first whatever the article (ties by the
 * article's place in the story, then in text order: the order a stable sort by similarity gives the
 * lists of `nearSentences` read one after another), for a caller that wants the closest few of any
 * article: one sort of the row's partners, no list per article. `threshold` must be above 0.
 * @example
 * const ranked = rankedNear(candidates, vectors, 0.05);
 * ranked(4).slice(0, 3) // the three sentences of other articles most alike to candidate 4
 */
export function rankedNear(
  candidates: readonly Candidate[],
  vectors: readonly Vector[],
  threshold: number,
): (index: number) => readonly Near[] {
  if (!(threshold > 0)) throw new RangeError(`rankedNear needs a threshold above 0, not ${threshold}`);
  if (groupByArticle(candidates).size < 2) return () => [];
  const groups = articleGroups(candidates);
  const rows = sparseRowsOf(indexOf(candidates, vectors), { minSimilarity: threshold });
  const cache = new Map<number, readonly Near[]>();
  return (index) => {
    const known = cache.get(index);
    if (known) return known;
    const { row, partners } = rows(index);
    const indices = partners.filter((j) => (row[j] as number) >= threshold);
    indices.sort(
      (a, b) =>
        (row[b] as number) - (row[a] as number) || (groups[a] as number) - (groups[b] as number) || a - b,
    );
    const out = indices.map((j) => ({ candidate: candidates[j] as Candidate, similarity: row[j] as number }));
    cache.set(index, out);
    return out;
  };
}
