// An article the support judge did not find stating a fact may still tell it: its count in other words
// ("Fifteen people were injured in total"), or another value of its figure. The omissions do not list it as
// leaving the fact out (omissions.ts); the coverage table must not say "does not state it" of it
// either, so its absent mark says how it tells the fact, with the sentence.
import type { Conflict, Evidence, Fact } from '../../model/index.ts';
import type { Claim } from './claims.ts';
import { sideFirstTold } from './difference-times.ts';
import type { ToldOtherwise } from './omissions.ts';

/** What the omissions found an absent article telling of a fact instead, by fact id and article id. */
export type ToldInstead = Map<string, Map<string, { how: ToldOtherwise; claim: Claim }>>;

const REASONS: Readonly<Record<ToldOtherwise, string>> = {
  'in-other-words': 'a sentence of it gives its count in other words (not checked as stating it)',
  'other-value': 'a sentence of it gives its figure another value (not checked as contradicting it)',
};
const LATER = 'a sentence of it gives a later value of its figure (an update, see Differences to check)';

// Whether two spans of one article overlap.
const overlaps = (a: Evidence, b: Evidence) =>
  a.articleId === b.articleId && a.span.start < b.span.end && b.span.start < a.span.end;

/**
 * Whether an article's sentence gives a later value of an update (compare's `update` difference)
 * than a side the fact's own sentences give: it tells the fact's figure as it stood later.
 */
function laterValue(fact: Fact, said: Evidence, differences: readonly Conflict[]): boolean {
  return differences.some((d) => {
    if (!d.update) return false;
    const own = d.sides.filter((s) => s.evidence.some((e) => fact.evidence.some((f) => overlaps(e, f))));
    const its = d.sides.filter((s) => s.evidence.some((e) => overlaps(e, said)));
    return own.some((o) =>
      its.some((s) => s.value?.number !== o.value?.number && sideFirstTold(s) > sideFirstTold(o)),
    );
  });
}

/**
 * The facts with each absent mark the omissions found told otherwise given its sentence and how; a
 * sentence giving a later value of an update difference (`differences`) than the fact's is told so.
 */
export function markToldOtherwise(
  facts: readonly Fact[],
  instead: ToldInstead,
  differences: readonly Conflict[] = [],
): Fact[] {
  return facts.map((fact) => {
    const found = instead.get(fact.id);
    if (!found) return fact;
    const coverage = { ...fact.coverage };
    for (const [articleId, { how, claim }] of found) {
      const mark = coverage[articleId];
      if (mark?.mark !== 'absent') continue;
      const evidence = { articleId, span: { ...claim.span } };
      const later = how === 'other-value' && laterValue(fact, evidence, differences);
      coverage[articleId] = {
        ...mark,
        evidence,
        reason: later ? LATER : REASONS[how],
        told: later ? 'later-value' : how,
      };
    }
    return { ...fact, coverage };
  });
}
