import type { Evidence, Fact } from '../../model/index.ts';
import type { Vector } from '../../text/vectors.ts';
import { similarityRows } from '../../text/vectors.ts';
import type { Candidate } from './candidates.ts';
import { uncitable } from './modality.ts';
import { FACT_STATUS_WEIGHT, MAX_CHECKED } from './patterns.ts';
import { articleGroups, candidatesAt, factsOfCandidates, groupByArticle } from './spans.ts';

/** Who supports a sentence: the articles stating the same thing, the facts it states, their weight. */
export interface Support {
  /** Its own evidence first, then one span per supporting article (syndicated copies included). */
  readonly citations: readonly Evidence[];
  /** Independent sources among them (its own included). */
  readonly sources: ReadonlySet<string>;
  readonly factIds: readonly string[];
  /** The best status weight of the facts it states, 0 when it states none. */
  readonly factWeight: number;
  /** Status of the facts it states. */
  readonly statuses: ReadonlySet<Fact['status']>;
}

/**
 * The support of each candidate: the facts of the compare stage whose evidence lies in it (with
 * their evidence), plus, for every other article, its most similar sentence when the cosine
 * similarity reaches `threshold` — each citation kept only when `supports` says that sentence
 * really states the candidate (same predicate and participants, every number and date). An article
 * whose mark on one of the candidate's facts is `published-before` or `contradicts` is never cited.
 */
export function findSupport(
  candidates: readonly Candidate[],
  vectors: readonly Vector[],
  facts: readonly Fact[],
  sourceOf: ReadonlyMap<string, string>,
  threshold: number,
  supports: (claim: Evidence, evidence: Evidence) => boolean,
): Support[] {
  const groups = groupByArticle(candidates);
  const factsOf = factsOfCandidates(candidates, facts, candidatesAt(groups));
  // rows of similarities only when there is another article to look in (one huge article costs nothing)
  const row = groups.size > 1 ? similarityRows(vectors, { groups: articleGroups(candidates) }) : null;
  return candidates.map((c) => {
    const cited = new Map<string, Evidence>([[c.articleId, c.evidence]]);
    const own = factsOf[c.index] as Fact[];
    const banned = uncitable(c, own);
    const factIds: string[] = [];
    const statuses = new Set<Fact['status']>();
    let factWeight = 0;
    for (const fact of own) {
      factIds.push(fact.id);
      statuses.add(fact.status);
      factWeight =
        factIds.length === 1
          ? FACT_STATUS_WEIGHT[fact.status]
          : Math.max(factWeight, FACT_STATUS_WEIGHT[fact.status]);
      for (const e of fact.evidence)
        if (!cited.has(e.articleId) && !banned.has(e.articleId) && supports(c.evidence, e))
          cited.set(e.articleId, e);
    }
    const sims = row ? row(c.index) : null;
    for (const [articleId, others] of sims ? groups : []) {
      if (!sims || cited.has(articleId) || banned.has(articleId)) continue;
      // the most similar sentences first; the first one that really states it is cited
      const close = others
        .filter((o) => (sims[o.index] ?? 0) >= threshold)
        .sort((x, y) => (sims[y.index] ?? 0) - (sims[x.index] ?? 0))
        .slice(0, MAX_CHECKED);
      const best = close.find((o) => supports(c.evidence, o.evidence));
      if (best) cited.set(articleId, best.evidence);
    }
    const citations = [...cited.values()];
    return {
      citations,
      sources: new Set(citations.map((e) => sourceOf.get(e.articleId) ?? e.articleId)),
      factIds,
      factWeight,
      statuses,
    };
  });
}
