import type { Fact } from '../../model/index.ts';
import type { Candidate } from './candidates.ts';
import { candidatesAt, groupByArticle, overlaps } from './spans.ts';

/**
 * The candidates that tell a claim some article tells disputed (the compare stage's `disputes`), or
 * tell the dispute: told alone, either side would read as the fact ("The mill passed its inspection"
 * in the summary's own voice, or "The union disputed that" pointing at nothing). A sentence that holds
 * the claim and its dispute together ("The union disputed the minister's statement that …") may be
 * told. The report's disputed points and coverage table show both sides.
 * @example
 * disputedClaims(candidates, facts) // Set { 3, 7 }
 */
export function disputedClaims(candidates: readonly Candidate[], facts: readonly Fact[]): Set<number> {
  const out = new Set<number>();
  const at = candidatesAt(groupByArticle(candidates));
  for (const f of facts) {
    const disputes = f.disputes ?? [];
    if (!disputes.length) continue;
    const told = [
      ...f.evidence,
      ...Object.values(f.coverage).flatMap((m) => (m.mark === 'supports' && m.evidence ? [m.evidence] : [])),
    ];
    const both = (c: Candidate) => disputes.some((d) => overlaps(d.evidence, c.evidence));
    for (const e of told) for (const c of at(e)) if (!both(c)) out.add(c.index);
    for (const d of disputes)
      for (const c of at(d.evidence)) if (!told.some((e) => overlaps(e, c.evidence))) out.add(c.index);
  }
  return out;
}
