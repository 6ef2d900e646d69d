// The order the chosen sentences are told in: an event before the reactions to it, a follow-up's newest
// state first, what happened before what is said of it, period by period.
import type { Evidence, SegmentedArticle } from '../../model/index.ts';
import type { Reading } from '../compare/support/index.ts';
import type { FigureTellings } from './disputed-figures.ts';
import { newestFirst } from './newest-first.ts';
import { toldAsNoun } from './nominal.ts';
import { UNATTRIBUTED_QUOTE_SHARE } from './patterns.ts';
import { toldInPeriods } from './periods.ts';
import { leads, type Scored } from './select.ts';

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
    /** The story is told only ahead of its event (`toldAhead`): its first sentence, a plan, stays first. */
    readonly ahead?: boolean;
  },
): Scored[] {
  return toldInPeriods(
    eventFirst(readingOrder(newestFirst(chosen, context.figured), context.ahead), context.read),
    context.articles,
  );
}

/**
 * The order a summary is read in: the event it was chosen to open with (the first chosen, when it
 * tells what happened in the outlet's own voice, or in a story told only ahead of its event: `toldAhead`);
 * then what happened, told plainly in the outlets' own words; then what happened told mostly in quotation or beside a "would" or "could"; then plans
 * and possibilities. Within each, the sentences more independent sources support come first, then
 * the order they were chosen in.
 */
export function readingOrder(chosen: readonly Scored[], ahead = false): Scored[] {
  const rank = (s: Scored) =>
    s.modality !== 'happened' ? 2 : s.candidate.quoteShare >= UNATTRIBUTED_QUOTE_SHARE || !s.plain ? 1 : 0;
  const ordered = (list: readonly Scored[]) =>
    list
      .map((s, i) => ({ s, i }))
      .sort(
        (a, b) => rank(a.s) - rank(b.s) || b.s.support.sources.size - a.s.support.sources.size || a.i - b.i,
      )
      .map(({ s }) => s);
  const [first, ...rest] = chosen;
  return first && (leads(first) || ahead) ? [first, ...ordered(rest)] : ordered(chosen);
}
