import type { Conflict, Evidence, Fact, StoryExtraction } from '../../model/index.ts';
import type { Alignment } from './align.ts';
import type { Claim } from './claims.ts';
import { type ClaimFigure, sameQuantity, surelySameQuantity, valuesAgree } from './figures.ts';
import { CONSENSUS_SHARE, DATE_CONFLICT_MIN_SIM } from './patterns.ts';

/** A fact under construction: its claims, and any conflict found inside it. */
export interface FactDraft {
  readonly claims: readonly Claim[];
  readonly sources: readonly string[];
  readonly conflicts: Omit<Conflict, 'id'>[];
}

const evidenceOf = (c: Claim): Evidence => ({ articleId: c.articleId, span: { ...c.span } });

const pairScore = (alignment: Alignment, a: Claim, b: Claim): number => alignment.score(a.index, b.index);

// Two sources give one quantity (surely the same: see surelySameQuantity) and none of one source's
// values for it agrees with any of the other's: one side per value, each with its claims.
function figureConflict(claims: readonly Claim[]): Omit<Conflict, 'id'> | null {
  const told = claims.flatMap((c) => c.figures.map((f) => ({ claim: c, figure: f })));
  for (const x of told)
    for (const y of told) {
      if (x.claim.sourceId >= y.claim.sourceId) continue;
      if (!surelySameQuantity(x.figure, y.figure) || valuesAgree(x.figure, y.figure)) continue;
      // a sentence with several numbers may agree through another of them ("6.9 million … 3.3 million")
      const ofSource = (id: string) =>
        told.filter((t) => t.claim.sourceId === id && sameQuantity(t.figure, x.figure));
      const agreeing = ofSource(x.claim.sourceId).some((a) =>
        ofSource(y.claim.sourceId).some((b) => valuesAgree(a.figure, b.figure)),
      );
      if (agreeing) continue;
      const sides: { value: ClaimFigure; claims: Claim[] }[] = [];
      for (const t of [x, y]) sides.push({ value: t.figure, claims: [t.claim] });
      for (const t of told) {
        // within one fact, a value of the same quantity that agrees with a side joins it, however its subject is named
        if (t === x || t === y || !sameQuantity(t.figure, x.figure)) continue;
        const side = sides.find((s) => valuesAgree(s.value, t.figure));
        if (side && !side.claims.includes(t.claim)) side.claims.push(t.claim);
      }
      const f = x.figure;
      return {
        kind: 'figure',
        // what the number is of: the noun it counts, else the noun before it ("repair"), with unit and rate
        about: [
          f.counts ?? (f.unit === 'days' ? 'duration' : f.context[0]) ?? 'figure',
          f.unit ? `(${f.unit})` : '',
          f.rate ? `per ${f.rate}` : '',
          f.frame ?? '',
        ]
          .filter(Boolean)
          .join(' '),
        sides: sides.map((s) => ({ claim: (s.claims[0] as Claim).text, evidence: s.claims.map(evidenceOf) })),
      };
    }
  return null;
}

// Close wordings of one event that name different weekdays or calendar days.
function dateConflict(claims: readonly Claim[], alignment: Alignment): Omit<Conflict, 'id'> | null {
  for (const a of claims)
    for (const b of claims) {
      if (a.sourceId >= b.sourceId || pairScore(alignment, a, b) < DATE_CONFLICT_MIN_SIM) continue;
      for (const kind of [/^[a-z]+$/, /^\d+-\d+$/]) {
        const da = a.dates.filter((d) => kind.test(d));
        const db = b.dates.filter((d) => kind.test(d));
        if (da.length === 1 && db.length === 1 && da[0] !== db[0])
          return {
            kind: 'date',
            about: 'date of the event',
            sides: [
              { claim: a.text, evidence: [evidenceOf(a)] },
              { claim: b.text, evidence: [evidenceOf(b)] },
            ],
          };
      }
    }
  return null;
}

/** Turn aligned claim groups into fact drafts with their independent sources and inner conflicts. */
export function draftFacts(claims: readonly Claim[], alignment: Alignment): FactDraft[] {
  return alignment.groups.map((group) => {
    const members = group.map((i) => claims[i] as Claim);
    const sources = [...new Set(members.map((c) => c.sourceId))];
    const conflicts = [figureConflict(members), dateConflict(members, alignment)].filter(
      (c): c is Omit<Conflict, 'id'> => c !== null,
    );
    return { claims: members, sources, conflicts };
  });
}

// The claim closest to the others (highest summed score), preferring an outlet's own words to a
// quotation; ties go to the shorter wording.
function representative(draft: FactDraft, alignment: Alignment): Claim {
  const own = draft.claims.filter((c) => !c.quoted);
  const candidates = own.length ? own : draft.claims;
  let best = candidates[0] as Claim;
  let bestScore = -1;
  for (const a of candidates) {
    let sum = 0;
    for (const b of draft.claims) if (a !== b) sum += pairScore(alignment, a, b);
    if (sum > bestScore + 1e-9 || (Math.abs(sum - bestScore) <= 1e-9 && a.text.length < best.text.length)) {
      best = a;
      bestScore = sum;
    }
  }
  return best;
}

/** A fact's status from its number of independent sources against the story's. */
export function statusOf(sources: number, storySources: number, conflicting: boolean): Fact['status'] {
  if (conflicting) return 'conflicting';
  if (sources >= 2 && sources >= Math.ceil(CONSENSUS_SHARE * storySources)) return 'consensus';
  return sources >= 2 ? 'corroborated' : 'single-source';
}

/** Order fact drafts by support, then by where they first appear. */
export function orderDrafts(drafts: readonly FactDraft[]): FactDraft[] {
  return [...drafts].sort(
    (a, b) => b.sources.length - a.sources.length || (a.claims[0]?.index ?? 0) - (b.claims[0]?.index ?? 0),
  );
}

/**
 * Finish the facts, one per draft in the given order: the representative wording, status, evidence
 * and the extract stage's figure and entity ids. `disputed` holds claim indices that stand on one
 * side of a conflict found outside the fact (e.g. opposite outcomes).
 */
export function finishFacts(
  drafts: readonly FactDraft[],
  alignment: Alignment,
  storySources: number,
  storyId: string,
  disputed: ReadonlySet<number>,
  extraction: StoryExtraction,
): Fact[] {
  return drafts.map((draft, n) => {
    // a fact is disputed by an outcome conflict when all its claims are outcome claims
    const conflicting = draft.conflicts.length > 0 || draft.claims.every((c) => disputed.has(c.index));
    const figureIds = new Set<string>();
    for (const c of draft.claims) for (const f of c.figures) if (f.figureId) figureIds.add(f.figureId);
    const entityIds = new Set(draft.claims.flatMap((c) => [...c.entityIds]));
    return {
      id: `${storyId}-f${n + 1}`,
      text: representative(draft, alignment).text,
      status: statusOf(draft.sources.length, storySources, conflicting),
      sources: [...draft.sources],
      evidence: draft.claims.map(evidenceOf),
      figureIds: [...figureIds].filter((id) => extraction.figures.some((f) => f.id === id)),
      entityIds: [...entityIds],
    };
  });
}
