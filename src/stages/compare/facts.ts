import { contentIds } from '../../model/content-ids.ts';
import type { Evidence, Fact, FactMark, StoryExtraction } from '../../model/index.ts';
import type { Claim } from './claims.ts';
import { CONSENSUS_SHARE } from './patterns.ts';
import type { CheckedFact } from './support/facts.ts';

const evidenceOf = (c: Claim): Evidence => ({ articleId: c.articleId, span: { ...c.span } });

/** A fact's status from its number of independent sources against the story's. */
export function statusOf(sources: number, storySources: number, conflicting: boolean): Fact['status'] {
  if (conflicting) return 'conflicting';
  if (sources >= 2 && sources >= Math.ceil(CONSENSUS_SHARE * storySources)) return 'consensus';
  return sources >= 2 ? 'corroborated' : 'single-source';
}

/** Order checked facts by independent support, then by where they first appear. */
export function orderFacts(facts: readonly CheckedFact[]): CheckedFact[] {
  return [...facts].sort((a, b) => b.sources.length - a.sources.length || a.claim.index - b.claim.index);
}

/**
 * The ✗ a contradiction gives the other way: when claim c contradicts fact F, every article that
 * supports F contradicts the fact c is told in (its claim or a supporter), so the table marks both
 * rows as the conflicts section lists both sides ("at least six weeks" ✗ on "up to three months").
 */
export function mirroredMarks(checked: readonly CheckedFact[]): Map<CheckedFact, Map<string, FactMark>> {
  const factOf = new Map<number, CheckedFact>();
  for (const fact of checked)
    for (const c of fact.supporters) if (!factOf.has(c.index)) factOf.set(c.index, fact);
  const out = new Map<CheckedFact, Map<string, FactMark>>();
  for (const fact of checked)
    for (const { claim, judgement } of fact.against) {
      const other = factOf.get(claim.index);
      if (!other || other === fact) continue;
      for (const s of fact.supporters) {
        const now = out.get(other)?.get(s.articleId) ?? other.marks.get(s.articleId);
        if (now?.mark === 'supports' || now?.mark === 'contradicts') continue;
        const marks = out.get(other) ?? new Map<string, FactMark>();
        marks.set(s.articleId, { mark: 'contradicts', evidence: evidenceOf(s), reason: judgement.reason });
        out.set(other, marks);
      }
    }
  return out;
}

/**
 * Finish the facts in the given order: status from the checked supporters and contradictions, the
 * evidence (the claim, then one supporting sentence per other article), every article's mark, and
 * the extract stage's figure and entity ids. A fact's id is made from its wording (`contentIds`), so it
 * stays when the story is analysed again.
 */
export function finishFacts(
  checked: readonly CheckedFact[],
  storySources: number,
  storyId: string,
  extraction: StoryExtraction,
): Fact[] {
  const extracted = new Set(extraction.figures.map((f) => f.id));
  const mirrored = mirroredMarks(checked);
  const ids = contentIds(
    `${storyId}-`,
    'f',
    checked.map((fact) => fact.text),
  );
  return checked.map((fact, n) => {
    // the article marks copied only when some change (a fact holds one for every article)
    let marks: ReadonlyMap<string, FactMark> = fact.marks;
    const changed = mirrored.get(fact);
    if (changed) {
      const copy = new Map(marks);
      for (const [id, mark] of changed) copy.set(id, mark);
      marks = copy;
    }
    let conflicting = false;
    const coverage: Record<string, FactMark> = {};
    for (const [id, mark] of marks) {
      coverage[id] = mark;
      if (mark.mark === 'contradicts') conflicting = true;
    }
    const figureIds = new Set<string>();
    for (const c of fact.supporters) for (const f of c.figures) if (f.figureId) figureIds.add(f.figureId);
    return {
      id: ids[n] as string,
      text: fact.text,
      status: statusOf(fact.sources.length, storySources, conflicting),
      sources: [...fact.sources],
      evidence: fact.supporters.map(evidenceOf),
      figureIds: [...figureIds].filter((id) => extracted.has(id)),
      entityIds: [...new Set(fact.supporters.flatMap((c) => [...c.entityIds]))],
      modality: fact.modality,
      attribution: fact.attribution,
      coverage,
    };
  });
}
