// A plan its own event has overtaken: "The Assembly will vote on the bill on Tuesday, November 24"
// written before the day, in a story whose later articles tell "The Assembly on Tuesday approved the
// bill by 112 votes to 89". The done sentence tells the vote by another verb (the vote is in its
// "votes"), so the judge finds no plan against what happened; told ahead after the event, the plan is
// stale.
import type { Evidence } from '../../model/index.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import { modalityOf, type Reading } from '../compare/support/index.ts';
import { sameEventDay } from '../compare/support/plan-done.ts';
import { subjectNames, subjectWords } from '../compare/support/plan-subject.ts';
import { foldedWords, tells } from '../compare/support/relations.ts';
import type { Candidate } from './candidates.ts';
import { doneSince } from './done-since.ts';
import type { Telling } from './modality.ts';
import { overtakenExpectations } from './overtaken-expectations.ts';

/**
 * The candidates telling as planned an event another article, published after theirs, tells as done:
 * the done sentence (told plainly as happened) tells the plan's main predicate in any part of speech
 * or one of its class ("will vote" / "by 112 votes") and names every name of the plan's subject (or,
 * where it names no one, every noun of it: "dockers will walk out on Friday" / "dockers walked out
 * … on Friday", on the plan's own day only); it dates the event to the
 * plan's day (a weekday or date both give; not the day it was said), or to the day another outlet's
 * plan of that event gave, written before it: the plans told the event on two days, and it took
 * place on one ("will vote … Thursday, November 26" / "will vote … Tuesday, November 24" / "on
 * Tuesday approved …"; a wrong date or a moved vote, either way no longer ahead). With them, the
 * expectations the event has overtaken (`overtakenExpectations`: "expected the bill to pass").
 * @example
 * overtakenPlans(candidates, tellings, judged.read) // Set { index of "… will vote … on Tuesday, November 24" }
 */
export function overtakenPlans(
  candidates: readonly Candidate[],
  tellings: readonly (Telling | null)[],
  read: (e: Evidence) => Reading | null,
): Set<number> {
  const since = doneSince(candidates, tellings, read);
  const out = overtakenExpectations(candidates, tellings, read, since);
  const planned = candidates.filter((c) => tellings[c.index]?.modality === 'planned');
  const written = (c: Candidate) => publishedInstant(tellings[c.index]?.publishedAt ?? null);
  // (a plan under a condition, "will walk out on Friday unless talks succeed", reads as a possibility:
  // overtaken on its own day too)
  const ahead = candidates.filter((c) => {
    const m = tellings[c.index]?.modality;
    return m === 'planned' || m === 'hypothetical';
  });
  for (const c of ahead) {
    const plan = read(c.evidence);
    const predicate = plan?.predicates[0];
    if (!c.eligible || !plan || predicate === undefined) continue;
    const at = modalityOf(c.tokens).predicate;
    const names = subjectNames(c.tokens, at);
    // a plan of no named doer ("Dockers across Vessmark will walk out on Friday …") is checked by its
    // subject's nouns, and overtaken only by the event told done on the day the plan itself gives
    const subject = names.length ? names : subjectWords(c.tokens, at);
    if (!subject.length) continue;
    // the other outlets' plans of this event, by the same doer
    const others = () =>
      planned.flatMap((p) => {
        const r = p.articleId === c.articleId ? null : read(p.evidence);
        if (!r || !tells(predicate, r)) return [];
        const named = foldedWords(r);
        return subject.every((w) => named.has(w)) ? [{ plan: p, reading: r }] : [];
      });
    const overtaken = since(c, predicate, subject).some(
      ({ candidate: o, reading: told }) =>
        sameEventDay(plan, told) ||
        (names.length > 0 &&
          tellings[c.index]?.modality === 'planned' &&
          others().some((p) => written(p.plan) < written(o) && sameEventDay(p.reading, told))),
    );
    if (overtaken) out.add(c.index);
  }
  return out;
}
