// An expectation its event has overtaken: "coalition whips said they expected the bill to pass",
// written before the vote, in a story whose later articles tell "the Assembly passed the bill". The
// sentence's own event ("hold … seats") is no plan, so overtakenPlans does not see it; its told-ahead
// clause is stale once the event is told done.
import type { Evidence } from '../../model/index.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import type { Reading } from '../compare/support/index.ts';
import { eventDays, sameEventDay } from '../compare/support/plan-done.ts';
import { subjectWords } from '../compare/support/plan-subject.ts';
import type { Candidate } from './candidates.ts';
import { type DoneSince, doneSince } from './done-since.ts';
import type { Telling } from './modality.ts';

/**
 * The candidates with a clause telling an event ahead (planned, not negated: "expected the bill to
 * pass", "said the council would approve the budget") that another article, published after theirs,
 * tells plainly as done: its predicate in any part of speech or class, naming every noun and name of
 * the clause's subject ("bill"), on the day the sentence dates its event to, if it dates it. A clause
 * whose subject is a pronoun names nothing to check: kept. A sentence told ahead as a whole is a
 * plan (`overtakenPlans`).
 * @example
 * overtakenExpectations(candidates, tellings, judged.read) // Set { index of "… expected the bill to pass." }
 */
export function overtakenExpectations(
  candidates: readonly Candidate[],
  tellings: readonly (Telling | null)[],
  read: (e: Evidence) => Reading | null,
  since: DoneSince = doneSince(candidates, tellings, read),
): Set<number> {
  const out = new Set<number>();
  for (const c of candidates) {
    // (an undated article tells no order: nothing is told since)
    // (a sentence told ahead as a whole is a plan: overtakenPlans weighs its day)
    const t = tellings[c.index];
    if (!c.eligible || !t || t.modality === 'planned' || Number.isNaN(publishedInstant(t.publishedAt)))
      continue;
    const reading = read(c.evidence);
    if (!reading) continue;
    // an expectation for a day is overtaken by the event told on that day
    const onItsDay = (told: Reading) => !eventDays(reading).length || sameEventDay(reading, told);
    for (const [predicate, mood] of reading.moods) {
      if (mood.modality !== 'planned' || mood.negated) continue;
      const subject = subjectWords(reading.claim.tokens, mood.at);
      if (subject.length && since(c, predicate, subject).some((o) => onItsDay(o.reading))) {
        out.add(c.index);
        break;
      }
    }
  }
  return out;
}
