// How alignment turns scored pairs into groups: average-linkage merging, then moving a claim whose
// figure clashes with a larger fact's to that fact (see align.ts).
import { sameQuantity, surelySameQuantity, valuesAgree } from '../../text/quantities.ts';
import type { Claim } from './claims.ts';
import { CLASH_ATTACH_SHARE, LINK_MIN_SCORE } from './patterns.ts';

/** A pair of claims (units) that alignment scored at least ALIGN_MIN_SCORE, with its score. */
export type Edge = [score: number, i: number, j: number];

// One claim's figure and another's are one quantity about the same subject, with values that disagree
// ("the bridge will stay closed for at least six weeks" / "the bridge could stay shut for up to three months").
function clashesOnSubject(a: Claim, b: Claim): boolean {
  let clash = false;
  for (const fa of a.figures)
    for (const fb of b.figures) {
      if (!sameQuantity(fa, fb)) continue;
      if (valuesAgree(fa, fb)) return false;
      if (surelySameQuantity(fa, fb) && fa.context.some((w) => fb.context.includes(w))) clash = true;
    }
  return clash;
}

/**
 * A claim whose figure clashes on the same subject with claims from at least half the articles of a
 * larger fact moves to that fact as its other side: average linkage would keep it apart (or leave it
 * with a looser wording) when the fact's other wordings name the subject differently ("the closure
 * will last ...").
 */
export function attachClashes(
  groups: number[][],
  units: readonly Claim[],
  adjacent: readonly (readonly number[])[],
): number[][] {
  const groupOf = new Map<number, number[]>();
  for (const g of groups) for (const u of g) groupOf.set(u, g);
  units.forEach((claim, u) => {
    const own = groupOf.get(u) as number[];
    if (!claim.figures.length) return;
    let best: number[] | null = null;
    let bestShare = 0;
    for (const v of adjacent[u] ?? []) {
      const h = groupOf.get(v) as number[];
      if (
        h === own ||
        h.length <= own.length ||
        h.some((w) => (units[w] as Claim).articleId === claim.articleId)
      )
        continue;
      const articles = new Set(h.map((w) => (units[w] as Claim).articleId));
      const clashing = new Set(
        h.filter((w) => clashesOnSubject(claim, units[w] as Claim)).map((w) => (units[w] as Claim).articleId),
      );
      const share = clashing.size / articles.size;
      if (articles.size >= 2 && share >= CLASH_ATTACH_SHARE && share > bestShare) {
        best = h;
        bestShare = share;
      }
    }
    if (!best) return;
    own.splice(own.indexOf(u), 1);
    best.push(u);
    groupOf.set(u, best);
  });
  return groups.filter((g) => g.length > 0).map((g) => g.sort((x, y) => x - y));
}

/**
 * Merge claims into groups along the edges, best first, while the average score of the cross-article
 * pairs of the two groups stays at LINK_MIN_SCORE (average linkage).
 */
export function mergeGroups(
  claims: readonly Claim[],
  edges: readonly Edge[],
  score: (i: number, j: number) => number,
): number[][] {
  const group = claims.map((_, i) => i);
  const members = claims.map((_, i) => [i]);
  const failed = new Set<string>();
  const find = (i: number): number => {
    while (group[i] !== i) i = group[i] as number;
    return i;
  };
  for (const [, i, j] of edges) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    // average linkage over pairs from different articles: the two groups must be close on
    // average, not just through one pair (two sentences of one article are never scored)
    const [ma, mb] = [members[a] as number[], members[b] as number[]];
    // groups only grow, so a pair of groups that failed keeps failing until one of them grows
    const tried = a < b ? `${a}:${ma.length}:${b}:${mb.length}` : `${b}:${mb.length}:${a}:${ma.length}`;
    if (failed.has(tried)) continue;
    let sum = 0;
    let pairs = 0;
    for (const x of ma)
      for (const y of mb) {
        if ((claims[x] as Claim).articleId === (claims[y] as Claim).articleId) continue;
        sum += score(x, y);
        pairs++;
      }
    if (!pairs || sum / pairs < LINK_MIN_SCORE) {
      failed.add(tried);
      continue;
    }
    group[b] = a;
    ma.push(...mb);
  }
  return claims
    .map((_, i) => i)
    .filter((i) => find(i) === i)
    .map((i) => (members[i] as number[]).sort((x, y) => x - y));
}
