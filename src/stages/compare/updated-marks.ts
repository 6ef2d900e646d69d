// An article whose own "Update:" item gives a value of its body anew ("UPDATED 18:40: Police now say
// three people have died" above "Two people died when …") no longer stands by the body's value: on a
// fact that tells that value, its mark says so (its earlier value, told 'updated'), and it is no
// source of the fact's agreement. The one reading of text/updated-figures.ts, which the summary and
// the corrections-and-updates section read too.
import type { FactMark, SegmentedArticle } from '../../model/index.ts';
import { type UpdatedFigure, updatedFigures } from '../../text/updated-figures.ts';
import type { Claim } from './claims.ts';
import type { CheckedFact } from './support/facts.ts';

// the update that replaced a value the claim gives, if any: the earlier value within the claim's words
const replacedIn = (c: Claim, changes: readonly UpdatedFigure[]): UpdatedFigure | undefined =>
  changes.find((u) => u.wasSpan.start >= c.span.start && u.wasSpan.end <= c.span.end);

/**
 * Mark each supporter of a fact whose claim gives a value its own article's update has since given
 * anew: still a sentence that states the fact (`supports`, its evidence kept) but told `updated`,
 * with the value the update gives now; its source leaves the fact's sources (and so its status)
 * unless another of that source's claims supports it as it stands.
 * @example
 * // a1: "UPDATED 18:40: Police now say three people have died …" / "Two people died when …"
 * markUpdatedValues(checked, articles) // a1 on "Two people died …": supports, told 'updated', 'gives an earlier value: its own update since gives three'
 */
export function markUpdatedValues(
  checked: readonly CheckedFact[],
  articles: readonly SegmentedArticle[],
): CheckedFact[] {
  const byArticle = new Map<string, readonly UpdatedFigure[]>();
  for (const doc of articles) {
    const changes = updatedFigures(doc);
    if (changes.length) byArticle.set(doc.article.id, changes);
  }
  if (!byArticle.size) return [...checked];
  return checked.map((fact) => {
    let marks: Map<string, FactMark> | null = null;
    const earlier = new Set<Claim>();
    for (const c of fact.supporters) {
      const change = replacedIn(c, byArticle.get(c.articleId) ?? []);
      const was = fact.marks.get(c.articleId);
      // the article's mark must be this claim's ✓ (one supporting sentence per article)
      if (!change || was?.mark !== 'supports' || was.evidence?.span.start !== c.span.start) continue;
      earlier.add(c);
      marks ??= new Map(fact.marks);
      marks.set(c.articleId, {
        mark: 'supports',
        evidence: was.evidence,
        reason: `gives an earlier value: its own update since gives ${change.now}`,
        told: 'updated',
      });
    }
    if (!marks) return fact;
    const current = new Set(fact.supporters.filter((c) => !earlier.has(c)).map((c) => c.sourceId));
    return { ...fact, marks, sources: fact.sources.filter((s) => current.has(s)) };
  });
}
