import type { Conflict, Evidence, Fact, Point } from '../../model/index.ts';
import type { Candidate } from './candidates.ts';
import type { Support } from './support.ts';

const articlesOf = (evidence: readonly Evidence[]): string[] => [
  ...new Set(evidence.map((e) => e.articleId)),
];

/**
 * Points from the compare stage: its conflicts as disputed points, then up to `max` single-source facts
 * (those with figures first, then those naming entities, in story order).
 */
export function pointsFromComparison(
  facts: readonly Fact[],
  conflicts: readonly Conflict[],
  max: number,
): Point[] {
  const rank = (f: Fact): number => (f.figureIds.length ? 0 : f.entityIds.length ? 1 : 2);
  const single: Point[] = facts
    .filter((f) => f.status === 'single-source')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => f)
    .map((f) => ({
      text: f.text,
      kind: 'single-source',
      articleIds: articlesOf(f.evidence),
      citations: [...f.evidence],
    }));
  const disputed: Point[] = conflicts.map((c) => {
    const evidence = c.sides.flatMap((s) => s.evidence);
    return {
      text: `${c.about}: ${c.sides.map((s) => s.claim).join(' vs. ')}`,
      kind: 'disputed',
      articleIds: articlesOf(evidence),
      citations: evidence,
    };
  });
  // a conflicting fact not already shown as a conflict
  const shown = new Set(disputed.flatMap((p) => p.citations.map((e) => `${e.articleId}:${e.span.start}`)));
  const conflicting: Point[] = facts
    .filter(
      (f) =>
        f.status === 'conflicting' && !f.evidence.some((e) => shown.has(`${e.articleId}:${e.span.start}`)),
    )
    .map((f) => ({
      text: f.text,
      kind: 'disputed',
      articleIds: articlesOf(f.evidence),
      citations: [...f.evidence],
    }));
  return [...disputed, ...conflicting, ...single];
}

/**
 * Single-source points found without the compare stage: sentences with a figure that no other
 * independent source supports, earliest first within each article, at most `max`.
 */
export function pointsFromSupport(
  candidates: readonly Candidate[],
  supports: readonly Support[],
  max: number,
): Point[] {
  return candidates
    .filter(
      (c) => c.hasFigure && c.standalone && c.words >= 6 && (supports[c.index]?.sources.size ?? 0) === 1,
    )
    .sort((a, b) => a.position - b.position || a.order - b.order)
    .slice(0, max)
    .sort((a, b) => a.order - b.order || a.sentenceIndex - b.sentenceIndex)
    .map((c) => {
      const citations = [...(supports[c.index]?.citations ?? [c.evidence])];
      return {
        text: c.standalone?.text ?? c.text,
        kind: 'single-source',
        articleIds: articlesOf(citations),
        citations,
      };
    });
}
