import type { Claim } from './claims.ts';
import { sameQuantity, valuesAgree } from './figures.ts';
import {
  ALIGN_MIN_SCORE,
  BLOCK_KEYS,
  BLOCK_MAX_DF_SHARE,
  BLOCK_MIN_DF,
  FIGURE_BONUS,
  FIGURE_CONFLICT_MIN_SIM,
  LINK_MIN_SCORE,
} from './patterns.ts';
import { cosine, idfOf, type Packed, packedCosine, packVectors, type Vector, vectorOf } from './vectors.ts';

/** Claims grouped as one fact, with the vectors and pair scores alignment computed. */
export interface Alignment {
  /** Groups of claim indices; each group has at most one claim per article. */
  readonly groups: readonly (readonly number[])[];
  readonly vectors: readonly Vector[];
  readonly idf: ReadonlyMap<string, number>;
  /** Score of a pair of claims alignment looked at (0 for pairs blocking left out). */
  readonly score: (i: number, j: number) => number;
}

/**
 * How strongly two claims state the same thing: the cosine of their IDF-weighted terms, plus a
 * bonus when they give the same quantity with agreeing values. A number of the same size that
 * counts something else blocks the pair, and so does a figure on one side only; clashing values of
 * one quantity need a close wording; opposite outcomes never merge.
 */
export function claimScore(a: Claim, b: Claim, va: Vector, vb: Vector): number {
  return adjustScore(a, b, cosine(va, vb));
}

// The figure and outcome rules of `claimScore`, applied to a cosine already computed.
function adjustScore(a: Claim, b: Claim, sim: number): number {
  // "the talks failed" and "the talks were productive" never merge
  if (a.outcome * b.outcome < 0) return 0;
  // a claim that gives a figure and one that gives none state different things
  if (!a.figures.length !== !b.figures.length) return 0;
  if (!a.figures.length) return sim;
  let agree = false;
  let clash = false;
  let clashOnSubject = false;
  let sizeOnly = false;
  for (const fa of a.figures)
    for (const fb of b.figures) {
      const same = sameQuantity(fa, fb);
      const values = valuesAgree(fa, fb);
      if (same && values) agree = true;
      else if (same && fa.unit === fb.unit) {
        clash = true;
        // "estimated the repair at $48 million" / "the repair bill could hit $65 million"
        if (fa.context.some((w) => fb.context.includes(w))) clashOnSubject = true;
      } else if (values) sizeOnly = true;
    }
  if (agree) return sim + FIGURE_BONUS;
  if (sizeOnly) return 0;
  // two values of one quantity about the same subject are one fact in conflict, however worded
  if (clashOnSubject) return Math.max(sim, ALIGN_MIN_SCORE);
  if (clash && sim < FIGURE_CONFLICT_MIN_SIM) return 0;
  return sim;
}

function blockingKeys(claim: Claim, df: ReadonlyMap<string, number>, maxDf: number): string[] {
  // the claim's rarest shared terms only (prefix filtering): a pair sharing none of them rarely aligns
  const keys = [...claim.terms.keys()]
    .filter((t) => (df.get(t) ?? 0) >= 2 && (df.get(t) ?? 0) <= maxDf)
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || a.localeCompare(b))
    .slice(0, BLOCK_KEYS);
  for (const f of claim.figures) keys.push(`#${f.unit}:${Number(f.value.toPrecision(2))}`);
  return keys;
}

/**
 * Align claims across articles: candidate pairs come from an inverted index over their rarer terms
 * and figures (blocking, so long stories stay near-linear), pairs at or above ALIGN_MIN_SCORE are
 * merged best first, and a merge must keep one claim per article and stay close to the group's
 * centroid (average linkage), so chains of loosely related sentences do not snowball.
 */
export function alignClaims(claims: readonly Claim[]): Alignment {
  const idf = idfOf(claims.map((c) => c.terms));
  const vectors = claims.map((c) => vectorOf(c.terms, idf));
  const df = new Map<string, number>();
  for (const c of claims) for (const t of c.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const maxDf = Math.max(BLOCK_MIN_DF, BLOCK_MAX_DF_SHARE * claims.length);
  const postings = new Map<string, number[]>();
  const keys = claims.map((c) => blockingKeys(c, df, maxDf));
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const n = claims.length;
  const scores = new Map<number, number>();
  const edges: Edge[] = [];
  const seen = new Int32Array(n).fill(-1);
  const packed = packVectors(vectors);
  claims.forEach((a, i) => {
    for (const k of keys[i] as string[])
      for (const j of postings.get(k) as number[]) {
        if (j <= i || seen[j] === i) continue;
        seen[j] = i;
        const b = claims[j] as Claim;
        if (b.articleId === a.articleId) continue;
        const sim = packedCosine(packed[i] as Packed, packed[j] as Packed);
        const score = adjustScore(a, b, sim);
        scores.set(i * n + j, score);
        // a figure bonus vouches for the pair even where the wording differs
        if (score >= ALIGN_MIN_SCORE) edges.push([score, i, j, score > sim]);
      }
  });
  edges.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const score = (i: number, j: number) => scores.get(i < j ? i * n + j : j * n + i) ?? 0;
  return { groups: mergeGroups(claims, vectors, edges), vectors, idf, score };
}

type Edge = [score: number, i: number, j: number, vouched: boolean];

function mergeGroups(
  claims: readonly Claim[],
  vectors: readonly Vector[],
  edges: readonly Edge[],
): number[][] {
  const group = claims.map((_, i) => i);
  const members = claims.map((_, i) => [i]);
  const articles = claims.map((c) => new Set([c.articleId]));
  const centroid = vectors.map((v) => new Map(v));
  const find = (i: number): number => {
    while (group[i] !== i) i = group[i] as number;
    return i;
  };
  for (const [, i, j, vouched] of edges) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const [aa, ab] = [articles[a] as Set<string>, articles[b] as Set<string>];
    if ([...ab].some((id) => aa.has(id))) continue;
    const singletons = (members[a] as number[]).length === 1 && (members[b] as number[]).length === 1;
    const link = normalisedCosine(centroid[a] as Map<string, number>, centroid[b] as Map<string, number>);
    if (!singletons && !vouched && link < LINK_MIN_SCORE) continue;
    group[b] = a;
    (members[a] as number[]).push(...(members[b] as number[]));
    for (const id of ab) aa.add(id);
    const ca = centroid[a] as Map<string, number>;
    for (const [t, x] of centroid[b] as Map<string, number>) ca.set(t, (ca.get(t) ?? 0) + x);
  }
  return claims
    .map((_, i) => i)
    .filter((i) => find(i) === i)
    .map((i) => (members[i] as number[]).sort((x, y) => x - y));
}

function normalisedCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    dot += x * (b.get(t) ?? 0);
  }
  for (const x of b.values()) nb += x * x;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
