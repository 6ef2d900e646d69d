import type { Fact, SegmentedArticle } from '../../model/index.ts';
import type { Alignment } from './align.ts';
import type { Claim } from './claims.ts';
import type { FactDraft } from './facts.ts';
import { MENTION_MIN_SCORE } from './patterns.ts';

/**
 * For each article, the facts stated by at least two independent sources that it does not state:
 * not among the fact's sources, and none of its sentences close to one of the fact's claims
 * (MENTION_MIN_SCORE), so a wording the alignment kept apart is not called an omission.
 * `facts[i]` is `drafts[i]`.
 */
export function omissionsOf(
  facts: readonly Fact[],
  drafts: readonly FactDraft[],
  claims: readonly Claim[],
  alignment: Alignment,
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(articles.map((a) => [a.article.id, []]));
  facts.forEach((fact, f) => {
    if (fact.sources.length < 2) return;
    // articles with a sentence close to one of the fact's claims (alignment scored every such pair)
    const close = new Set<string>();
    for (const member of (drafts[f] as FactDraft).claims)
      for (const j of alignment.near(member.index))
        if (alignment.score(member.index, j) >= MENTION_MIN_SCORE) close.add((claims[j] as Claim).articleId);
    for (const { article } of articles) {
      if (fact.sources.includes(sources.get(article.id) ?? article.id) || close.has(article.id)) continue;
      (out[article.id] as string[]).push(fact.id);
    }
  });
  return out;
}
