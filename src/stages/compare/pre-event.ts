import type { FactMark } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import type { Claim } from './claims.ts';
import { EVENT_WORDS } from './data/outcome-cues.ts';
import type { OutcomeConflict } from './outcome.ts';
import type { CheckedFact } from './support/facts.ts';

const EVENT_STEMS = new Set(EVENT_WORDS.map(stem));

const namesEvent = (c: Claim): boolean => c.stems.some((s) => EVENT_STEMS.has(s));

/**
 * The articles written before the story's event: those marked "published before" a fact that tells
 * a meeting, visit or talks as done (they tell it as planned, or are dated before it), with the mark
 * that shows it. The first such mark of an article is kept.
 */
function preEventArticles(checked: readonly CheckedFact[]): Map<string, FactMark> {
  const found = new Map<string, FactMark>();
  for (const fact of checked) {
    if (fact.modality !== 'happened' || !fact.supporters.some(namesEvent)) continue;
    for (const [articleId, mark] of fact.marks)
      if (mark.mark === 'published-before' && !found.has(articleId)) found.set(articleId, mark);
  }
  return found;
}

/**
 * An article written before the story's event cannot have told how the event went: on every fact
 * of the outcome conflict (one outlet says the talks failed, another that they were productive) it is
 * "published before", not "does not mention it". Its evidence is the sentence that shows it was
 * written before (its plan of the event), when there is one. Other marks are kept.
 * @example
 * // a3 said the ministers "will meet on Tuesday"; a1 "the talks failed", a2 "the talks were productive"
 * markOutcomesBeforeEvent(checked, outcome) // a3: published-before on both outcome facts
 */
export function markOutcomesBeforeEvent(
  checked: readonly CheckedFact[],
  outcome: OutcomeConflict | null,
): CheckedFact[] {
  if (!outcome) return [...checked];
  const before = preEventArticles(checked);
  if (!before.size) return [...checked];
  const sides = new Set(outcome.claimIndices);
  return checked.map((fact) => {
    if (!fact.supporters.some((c) => sides.has(c.index))) return fact;
    let marks: Map<string, FactMark> | null = null;
    for (const [articleId, mark] of before) {
      if (fact.marks.get(articleId)?.mark !== 'absent') continue;
      marks ??= new Map(fact.marks);
      marks.set(articleId, {
        mark: 'published-before',
        evidence: mark.evidence,
        reason: 'published before the event: it could not tell how it went',
      });
    }
    return marks ? { ...fact, marks } : fact;
  });
}
