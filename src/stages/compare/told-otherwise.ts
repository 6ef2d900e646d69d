// An article the support judge did not find stating a fact may still tell it: its count in other words
// ("Fifteen people were injured in total"), or another value of its figure. The omissions do not list it as
// leaving the fact out (omissions.ts); the coverage table must not say "does not state it" of it
// either, so its absent mark says how it tells the fact, with the sentence.
import type { Fact } from '../../model/index.ts';
import type { Claim } from './claims.ts';
import type { ToldOtherwise } from './omissions.ts';

/** What the omissions found an absent article telling of a fact instead, by fact id and article id. */
export type ToldInstead = Map<string, Map<string, { how: ToldOtherwise; claim: Claim }>>;

const REASONS: Readonly<Record<ToldOtherwise, string>> = {
  'in-other-words': 'a sentence of it gives its count in other words (not checked as stating it)',
  'other-value': 'a sentence of it gives its figure another value (not checked as contradicting it)',
};

/** The facts with each absent mark the omissions found told otherwise given its sentence and how. */
export function markToldOtherwise(facts: readonly Fact[], instead: ToldInstead): Fact[] {
  return facts.map((fact) => {
    const found = instead.get(fact.id);
    if (!found) return fact;
    const coverage = { ...fact.coverage };
    for (const [articleId, { how, claim }] of found) {
      const mark = coverage[articleId];
      if (mark?.mark !== 'absent') continue;
      coverage[articleId] = {
        ...mark,
        evidence: { articleId, span: { ...claim.span } },
        reason: REASONS[how],
        told: how,
      };
    }
    return { ...fact, coverage };
  });
}
