// A plan its own event has overtaken: "The Assembly will vote on the bill on Tuesday, November 24"
// written before the day, in a story whose later articles tell "The Assembly on Tuesday approved the
// bill by 112 votes to 89". The done sentence tells the vote by another verb (the vote is in its
// "votes"), so the judge finds no plan against what happened; told ahead after the event, the plan is
// stale.
import type { Evidence } from '../../model/index.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import { modalityOf, type Reading } from '../compare/support/index.ts';
import { sameEventDay } from '../compare/support/plan-done.ts';
import { subjectNames } from '../compare/support/plan-subject.ts';
import { foldedWords, tells } from '../compare/support/relations.ts';
import type { Candidate } from './candidates.ts';
import type { Telling } from './modality.ts';

/**
 * The candidates telling as planned an event another article, published after theirs, tells as done:
 * the done sentence (told plainly as happened) tells the plan's main predicate in any part of speech
 * or one of its class ("will vote" / "by 112 votes"), dates it to the plan's day (a weekday or date
 * both give; not the day it was said) and names every name of the plan's subject (a plan of a named
 * doer only: "officials will meet" names no one to check).
 * @example
 * overtakenPlans(candidates, tellings, judged.read) // Set { index of "… will vote … on Tuesday, November 24" }
 */
export function overtakenPlans(
  candidates: readonly Candidate[],
  tellings: readonly (Telling | null)[],
  read: (e: Evidence) => Reading | null,
): Set<number> {
  const out = new Set<number>();
  const plans = candidates.filter((c) => c.eligible && tellings[c.index]?.modality === 'planned');
  if (!plans.length) return out;
  const done = candidates.filter((c) => {
    const t = tellings[c.index];
    return t?.modality === 'happened' && t.plain;
  });
  for (const c of plans) {
    const plan = read(c.evidence);
    const predicate = plan?.predicates[0];
    if (!plan || predicate === undefined) continue;
    const subject = subjectNames(c.tokens, modalityOf(c.tokens).predicate);
    if (!subject.length) continue;
    const written = publishedInstant(tellings[c.index]?.publishedAt ?? null);
    const overtaken = done.some((o) => {
      if (o.articleId === c.articleId) return false;
      // (undated articles tell no order; as instants: outlets' zones do not compare as text)
      const after = publishedInstant(tellings[o.index]?.publishedAt ?? null);
      if (Number.isNaN(written) || Number.isNaN(after) || after <= written) return false;
      const told = read(o.evidence);
      if (!told || !tells(predicate, told) || !sameEventDay(plan, told)) return false;
      const names = foldedWords(told);
      return subject.every((w) => names.has(w));
    });
    if (overtaken) out.add(c.index);
  }
  return out;
}
