// A dated event whose sentence tells a claim another party disputes ("the minister said the plant
// passed an inspection in March" / "the union disputed that") is no settled date of the story: the
// timeline marks it disputed, as the compare stage's fact does (its `disputes`).
import type { Evidence, Fact, TimelineEvent } from '../../model/index.ts';
import { evidenceOverlaps } from '../../text/evidence.ts';

/** The events with `disputedBy` set where a citation is a sentence of a fact told disputed. */
export function markDisputedEvents(
  events: readonly TimelineEvent[],
  facts: readonly Fact[],
): TimelineEvent[] {
  const disputed = facts.filter((f) => f.disputes?.length);
  if (!disputed.length) return [...events];
  const told = disputed.map((f) => ({
    by: [...new Set((f.disputes ?? []).map((d) => d.by))],
    evidence: [
      ...f.evidence,
      ...Object.values(f.coverage).flatMap((m) => (m.mark === 'supports' && m.evidence ? [m.evidence] : [])),
    ] as Evidence[],
  }));
  return events.map((e) => {
    const by = told
      .filter((t) => e.citations.some((c) => t.evidence.some((x) => evidenceOverlaps(c, x))))
      .flatMap((t) => t.by);
    // (one party named twice, once with its article: "the union", "Union")
    const names = new Map(by.map((b) => [b?.replace(/^the\s+/i, '').toLowerCase() ?? null, b]));
    return by.length ? { ...e, disputedBy: [...names.values()] } : e;
  });
}
