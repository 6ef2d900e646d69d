// What the summary tells once: two sentences of one event, one quotation, one trip or one figure
// difference, and a sentence the chosen ones already tell together.
import type { Evidence, Figure, Quote } from '../../model/index.ts';
import type { Vector } from '../../text/vectors.ts';
import type { Candidate } from './candidates.ts';
import type { FigureTellings } from './disputed-figures.ts';
import type { Judged } from './judged.ts';
import type { Telling } from './modality.ts';
import { quotedWithin } from './quotations.ts';
import { sameDayEvent } from './same-day.ts';
import type { SameEvent, ToldAgain } from './select.ts';
import { sameSpeaker } from './speaker-once.ts';
import { sameQuotation } from './text.ts';
import { toldAgain } from './told.ts';
import { toldTwice } from './told-twice.ts';
import { sameTrip } from './trips.ts';

/** What decides that a sentence tells what another does. */
export interface OnceContext {
  readonly figures: readonly Figure[];
  /** The story's quotes (one speaker's words in two outlets are told once); none: no such test. */
  readonly quotes?: readonly Quote[];
  readonly judged: Judged;
  readonly figured: Pick<FigureTellings, 'same'>;
  readonly tellings: readonly (Telling | null)[];
  /** Whether the judge reads two sentences telling one event (either may hold more details). */
  readonly tellsLikewise: (a: Evidence, b: Evidence) => boolean;
  readonly idf: ReadonlyMap<string, number>;
  readonly vectors: readonly Vector[];
}

/**
 * The tests the selection asks of a sentence against those chosen (`same`, `again`; `alike`: `same`
 * with nothing recorded, for a sentence told in another's place), and the other wordings they left
 * out, by the chosen sentence they tell again (the headline weighs them).
 * @example
 * const { same, again, wordings } = toldOnce(context);
 */
export function toldOnce(context: OnceContext): {
  same: SameEvent;
  alike: SameEvent;
  again: ToldAgain;
  wordings: ReadonlyMap<number, readonly Candidate[]>;
} {
  const { figured, tellings, tellsLikewise } = context;
  const wordings = new Map<number, Candidate[]>();
  const twice = toldTwice(context.figures, context.judged);
  const sameDay = sameDayEvent(context.judged.read);
  const oneSpeaker = sameSpeaker(context.quotes ?? []);
  // one quotation given to two speakers is told once too (the disputed points say who said it),
  // and a few of one person's words quoted beside them all
  // and one trip told by whoever went and by whoever sent them (the same destination and days)
  // and two sentences giving values of one figure difference (the other values are told beside)
  // and one fact two outlets tell in other words by the same figures and tallies, or by the same
  // predicate, day and names
  // and one speaker's words in two outlets' quotations (one person's reaction, told once)
  const alike = (a: Candidate, b: Candidate) =>
    sameQuotation(a.text, b.text) ||
    quotedWithin(a, b) ||
    figured.same(a.index, b.index) ||
    sameTrip(a, b, tellings) ||
    twice(a, b) ||
    sameDay(a, b) ||
    oneSpeaker(a, b) ||
    tellsLikewise(a.evidence, b.evidence) ||
    tellsLikewise(b.evidence, a.evidence);
  const same = (a: Candidate, b: Candidate) => {
    if (!alike(a, b)) return false;
    wordings.set(a.index, [...(wordings.get(a.index) ?? []), b]);
    return true;
  };
  // nor what the chosen ones tell together (a wording of the one closest to it)
  const repeats = toldAgain(context.idf, context.vectors);
  const again = (chosen: readonly Candidate[], c: Candidate) => {
    const twin = repeats(chosen, c);
    if (twin) wordings.set(twin.index, [...(wordings.get(twin.index) ?? []), c]);
    return twin !== null;
  };
  return { same, alike, again, wordings };
}
