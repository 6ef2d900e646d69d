// The order the chosen sentences are told in: an event before the reactions to it, a follow-up's newest
// state first, what happened before what is said of it, period by period.
import type { Evidence, SegmentedArticle } from '../../model/index.ts';
import type { Reading } from '../compare/support/index.ts';
import type { FigureTellings } from './disputed-figures.ts';
import { newestFirst } from './newest-first.ts';
import { toldAsNoun } from './nominal.ts';
import { toldInPeriods } from './periods.ts';
import { leads, readingOrder, type Scored } from './select.ts';

/**
 * The chosen sentences with an event told before a reaction to it: where the first is someone's words
 * (attributed: "Marchetti said she accepted the resignation with regret") that name by its noun an
 * event another chosen sentence tells by its verb in its outlet's own voice ("Halloway resigned on
 * Thursday …"), that sentence is moved to the front; else the order as given. (A first sentence that
 * tells the event by its verb, "… announced he will run again", tells it itself.)
 * @example
 * eventFirst([reaction, resigned], judged.read) // [resigned, reaction]
 */
export function eventFirst(chosen: readonly Scored[], read: (e: Evidence) => Reading | null): Scored[] {
  const [first] = chosen;
  const said = first?.candidate.attributed ? read(first.candidate.evidence) : null;
  if (!said) return [...chosen];
  const at = chosen.findIndex((s, i) => {
    if (i === 0 || !leads(s) || s.candidate.attributed) return false;
    const event = read(s.candidate.evidence);
    return !!event && event.predicates.some((p) => toldAsNoun(p, event, said));
  });
  return at <= 0 ? [...chosen] : [chosen[at] as Scored, ...chosen.slice(0, at), ...chosen.slice(at + 1)];
}

/**
 * The chosen sentences in the order they are told: a follow-up's newest state first (newest-first.ts),
 * then reading order (what happened, in the outlet's own voice, before the rest), an event before a
 * reaction to it, and period by period where the story has more (periods.ts).
 * @example
 * toldOrder(chosen, { figured, read: judged.read, articles })
 */
export function toldOrder(
  chosen: readonly Scored[],
  context: {
    readonly figured: Pick<FigureTellings, 'told' | 'earlier'>;
    readonly read: (e: Evidence) => Reading | null;
    readonly articles: readonly SegmentedArticle[];
  },
): Scored[] {
  return toldInPeriods(
    eventFirst(readingOrder(newestFirst(chosen, context.figured)), context.read),
    context.articles,
  );
}
