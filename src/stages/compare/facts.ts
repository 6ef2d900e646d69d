import type { Evidence, Fact, FactMark, StoryExtraction } from '../../model/index.ts';
import type { Claim } from './claims.ts';
import type { OutcomeConflict } from './outcome.ts';
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

// An outcome conflict's other side contradicts a fact told by one of its sides: those articles are ✗.
function outcomeMarks(
  fact: CheckedFact,
  outcome: OutcomeConflict | null,
  claims: readonly Claim[],
): ReadonlyMap<string, FactMark> {
  if (!outcome || fact.claim.outcome === 0 || !outcome.claimIndices.includes(fact.claim.index))
    return fact.marks;
  const marks = new Map(fact.marks);
  for (const i of outcome.claimIndices) {
    const c = claims[i] as Claim;
    if (c.outcome !== -fact.claim.outcome || marks.get(c.articleId)?.mark === 'supports') continue;
    marks.set(c.articleId, { mark: 'contradicts', evidence: evidenceOf(c), reason: 'opposite outcome' });
  }
  return marks;
}

/**
 * Finish the facts in the given order: status from the checked supporters and contradictions, the
 * evidence (the claim, then one supporting sentence per other article), every article's mark, and
 * the extract stage's figure and entity ids.
 */
export function finishFacts(
  checked: readonly CheckedFact[],
  claims: readonly Claim[],
  storySources: number,
  storyId: string,
  outcome: OutcomeConflict | null,
  extraction: StoryExtraction,
): Fact[] {
  const extracted = new Set(extraction.figures.map((f) => f.id));
  return checked.map((fact, n) => {
    const marks = outcomeMarks(fact, outcome, claims);
    let conflicting = false;
    const coverage: Record<string, FactMark> = {};
    for (const [id, mark] of marks) {
      coverage[id] = mark;
      if (mark.mark === 'contradicts') conflicting = true;
    }
    const figureIds = new Set<string>();
    for (const c of fact.supporters) for (const f of c.figures) if (f.figureId) figureIds.add(f.figureId);
    return {
      id: `${storyId}-f${n + 1}`,
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
