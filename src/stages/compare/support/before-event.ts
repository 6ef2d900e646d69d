import type { FactMark } from '../../../model/index.ts';
import type { Claim } from '../claims.ts';
import { dayOfDate } from './dates.ts';
import { earliestDay } from './event-dates.ts';
import { type Judgement, judge } from './judge.ts';
import { planAgainstDone } from './plan-done.ts';
import { tellsPastPlan } from './plan-told.ts';
import type { Reading } from './reading.ts';

/**
 * The first day a fact's event is dated to, from its supporters' resolved dates (a statement's day
 * too, "said Thursday": an article before it cannot tell it; a "today" from the day before its
 * article's, earliestDay), never a day after one of the supporters' own articles: an article cannot
 * tell as done what came after it (an "Update:" item: after its own day; "the September 11 attacks" in an article of August 2013,
 * resolved to the nearest September 11, 2013), nor after `doneBy`, a day by which another article
 * tells it as done.
 */
export function eventDay(
  supporters: readonly Claim[],
  readingOf: (index: number) => Reading,
  writtenDay: (claim: Claim) => number | null,
  doneBy = Number.POSITIVE_INFINITY,
): number | null {
  const latest = Math.min(doneBy, ...supporters.map((c) => writtenDay(c) ?? Number.POSITIVE_INFINITY));
  for (const c of supporters)
    for (const d of readingOf(c.index).dates) {
      if (!d.monthDay || d.year === null) continue;
      const day = earliestDay(d);
      if (day !== null && day <= latest) return day;
    }
  return null;
}

/**
 * Whether `claim`, judged planned-vs-happened against the fact's claim `rep`, tells as planned what
 * the fact tells as done, so was written before the event: not where the fact is a quotation (a
 * statement, not an event one can be published before), nor a plan told as past ("were planning
 * to", "was to release … yesterday": told after it), nor where the plan is the fact's own ("whom the
 * couple were planning to name" against "had named": that article tells it as done).
 */
export function toldAsPlanned(rep: Claim, claim: Claim, readingOf: (index: number) => Reading): boolean {
  const fact = readingOf(rep.index);
  return (
    fact.modality === 'happened' &&
    !rep.quoted &&
    !tellsPastPlan(claim.tokens) &&
    planAgainstDone(fact, readingOf(claim.index))?.[1] === 'planned'
  );
}

/** What marking the articles published before a fact's event reads. */
export interface BeforeEventContext {
  readonly claims: readonly Claim[];
  /** The day an article was published (given, or its dateline's), or null. */
  readonly publishedDay: (articleId: string) => number | null;
  /** The day a claim's sentence was written: an "Update:" item's own, else its article's (StoryDays). */
  readonly writtenDay: (claim: Claim) => number | null;
  readonly readingOf: (i: number) => Reading;
  readonly idf: ReadonlyMap<string, number>;
  /** The verdicts judged so far, by pair (i × claim count + j). */
  readonly judged: ReadonlyMap<number, Judgement>;
}

/**
 * Mark as published before the event (◷) each article still absent from fact `rep` (told as done,
 * with its `supporters`) whose day is before the event's (eventDay). An article of an earlier day
 * one of whose sentences among `near` (claim indices) tells the event as done on its own day
 * (toldOnItsOwnDay) shows the event was done by then: the event's day is then none after it ("HP
 * today announced …" in articles of November 12 against "HP announced on Tuesday …" in one of
 * Tuesday, November 13: another day of the telling, not six articles written before it).
 */
export function markBeforeEvent(
  marks: Map<string, FactMark>,
  rep: Claim,
  supporters: readonly Claim[],
  near: Iterable<number>,
  cx: BeforeEventContext,
): void {
  let day = eventDay(supporters, cx.readingOf, cx.writtenDay);
  if (day === null) return;
  const before = (articleId: string, by: number): boolean => {
    const when = cx.publishedDay(articleId);
    return marks.get(articleId)?.mark === 'absent' && when !== null && when < by;
  };
  let doneBy = Number.POSITIVE_INFINITY;
  const row = rep.index * cx.claims.length;
  for (const j of near) {
    const c = cx.claims[j] as Claim;
    if (before(c.articleId, Math.min(day, doneBy)) && toldOnItsOwnDay(rep, c, cx.judged.get(row + j), cx))
      doneBy = cx.publishedDay(c.articleId) as number;
  }
  if (doneBy < day) day = eventDay(supporters, cx.readingOf, cx.writtenDay, doneBy);
  if (day === null) return;
  for (const articleId of marks.keys())
    if (before(articleId, day))
      marks.set(articleId, {
        mark: 'published-before',
        evidence: null,
        reason: 'published before the event',
      });
}

// Whether `claim`, judged only related to fact `rep`, tells (part of) the fact's event as done on its
// own article's day or before it: told as done, naming a day and none after its article's, and
// one of the two read without their dates supports the other (the fact may say more than it).
function toldOnItsOwnDay(
  rep: Claim,
  claim: Claim,
  judgement: Judgement | undefined,
  cx: BeforeEventContext,
): boolean {
  if (judgement?.verdict !== 'related') return false;
  const published = cx.writtenDay(claim);
  const told = cx.readingOf(claim.index);
  if (published === null || told.modality !== 'happened') return false;
  const days = told.dates.map(dayOfDate).filter((d) => d !== null);
  if (!days.length || days.some((d) => d > published)) return false;
  // each read without its dates (a fresh slot array: what perReading kept was read with them)
  const fact = { ...cx.readingOf(rep.index), dates: [], kept: [] };
  const undated = { ...told, dates: [], kept: [] };
  return (
    judge(fact, undated, cx.idf).verdict === 'supports' || judge(undated, fact, cx.idf).verdict === 'supports'
  );
}
