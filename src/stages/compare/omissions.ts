import type { Fact, SegmentedArticle } from '../../model/index.ts';
import type { Alignment } from './align.ts';
import type { Claim } from './claims.ts';
import type { FactDraft } from './facts.ts';
import { MENTION_MIN_SCORE } from './patterns.ts';
import { cosine, type Vector } from './vectors.ts';

function centroid(draft: FactDraft, vectors: readonly Vector[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const c of draft.claims)
    for (const [t, x] of vectors[c.index] as Vector) sum.set(t, (sum.get(t) ?? 0) + x);
  const norm = Math.sqrt([...sum.values()].reduce((a, x) => a + x * x, 0)) || 1;
  for (const [t, x] of sum) sum.set(t, x / norm);
  return sum;
}

/**
 * For each article, the facts stated by at least two independent sources that it does not state:
 * not among the fact's sources, and none of its sentences close to the fact (MENTION_MIN_SCORE),
 * so a looser wording the alignment left apart is not called an omission. `facts[i]` is `drafts[i]`.
 */
export function omissionsOf(
  facts: readonly Fact[],
  drafts: readonly FactDraft[],
  claims: readonly Claim[],
  alignment: Alignment,
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
): Record<string, string[]> {
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  // every term an article uses: bounds the best cosine any of its sentences can reach
  const vocabulary = new Map<string, Set<string>>();
  for (const c of claims) {
    const set = vocabulary.get(c.articleId) ?? new Set<string>();
    for (const t of c.terms.keys()) set.add(t);
    vocabulary.set(c.articleId, set);
  }
  const out: Record<string, string[]> = Object.fromEntries(articles.map((a) => [a.article.id, []]));
  facts.forEach((fact, i) => {
    if (fact.sources.length < 2) return;
    const center = centroid(drafts[i] as FactDraft, alignment.vectors);
    for (const { article } of articles) {
      if (fact.sources.includes(sources.get(article.id) ?? article.id)) continue;
      // Cauchy-Schwarz: a unit vector's cosine with the centroid is at most the norm of the shared part
      const words = vocabulary.get(article.id) ?? new Set<string>();
      let bound = 0;
      for (const [t, x] of center) if (words.has(t)) bound += x * x;
      const mentioned =
        Math.sqrt(bound) >= MENTION_MIN_SCORE &&
        (byArticle.get(article.id) ?? []).some(
          (c) => cosine(alignment.vectors[c.index] as Vector, center) >= MENTION_MIN_SCORE,
        );
      if (!mentioned) (out[article.id] as string[]).push(fact.id);
    }
  });
  return out;
}
