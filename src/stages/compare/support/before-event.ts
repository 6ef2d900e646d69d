import type { FactMark, SegmentedArticle } from '../../../model/index.ts';
import { parseIsoDay } from '../../../text/dates/days.ts';
import { publishedShown } from '../../../text/dates/published.ts';
import { textTime, textTimeAt } from '../../../text/dates/text-time.ts';
import type { Claim } from '../claims.ts';
import { dayOfDate } from './dates.ts';
import { earliestDay } from './event-dates.ts';
import { eventHour, eventVerbs } from './event-hour.ts';
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
  /** The story's articles, for their times of publication (an article of the event's day, before its hour). */
  readonly articles?: readonly SegmentedArticle[];
}

// An article's time of publication as its writer's day and minutes after that day's midnight
// (publishedShown: in the zone it was published in), and that zone; null for a date alone or none.
function publishedClock(at: string | null | undefined): { day: number; minute: number; zone: string } | null {
  const shown = publishedShown(at);
  const day = shown && shown.length > 10 ? parseIsoDay(shown) : null;
  if (!shown || day === null) return null;
  return {
    day,
    minute: Number(shown.slice(11, 13)) * 60 + Number(shown.slice(14, 16)),
    zone: shown.slice(17),
  };
}

/**
 * The articles published on the event's day `day` before the earliest time of day its supporters
 * tell it at ("voted at an emergency meeting Wednesday night": 18:00), each told with the verb of the
 * fact's own event (`rep`'s; eventHour: not "had met at 9 a.m.", nor "before a storm warning took
 * effect at 8 p.m."): written before it, as an article of an earlier day is. None where a supporter's
 * own article was published that day before that time (the event was done by then), or no supporter
 * tells the event's time; only an article published in the supporters' one zone (whose clock the hour
 * is told on).
 */
function beforeItsHour(
  rep: Claim,
  supporters: readonly Claim[],
  day: number,
  articles: readonly SegmentedArticle[],
): Set<string> {
  const verbs = eventVerbs(rep);
  const told = supporters.map((c) => eventHour(c, verbs)).filter((m) => m !== null);
  if (!told.length) return new Set();
  const hour = Math.min(...told);
  // (the hour is told on the clock of the supporters that tell it: an article of another zone, or
  // tellers of no one zone, compare no hours: "at 6 p.m. Wednesday" in Berlin is 12:00 in New York.
  // A supporter that tells no hour names no clock: one dated by a day alone does not stop the others)
  const clockOf = new Map(articles.map((doc) => [doc.article.id, publishedClock(textTimeAt(doc.article))]));
  const tellers = supporters.filter((c) => eventHour(c, verbs) !== null);
  const zones = new Set(tellers.map((c) => clockOf.get(c.articleId)?.zone ?? null));
  const [zone] = zones;
  if (zones.size !== 1 || !zone) return new Set();
  const before = new Set<string>();
  for (const doc of articles) {
    const at = clockOf.get(doc.article.id);
    if (at?.day === day && at.minute < hour && at.zone === zone) before.add(doc.article.id);
  }
  return supporters.some((c) => before.has(c.articleId)) ? new Set() : before;
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
  // an article dated by its last update only ("Updated at 1:20 p.m., December 3, 2026", a page's
  // dateModified: text/dates/text-time.ts) was written by that day, so it too is before a later event
  const updated = updatedDays(cx.articles ?? []);
  const dayOf = (articleId: string): number | null =>
    cx.publishedDay(articleId) ?? updated.get(articleId) ?? null;
  const before = (articleId: string, by: number): boolean => {
    const when = dayOf(articleId);
    return marks.get(articleId)?.mark === 'absent' && when !== null && when < by;
  };
  let doneBy = Number.POSITIVE_INFINITY;
  const row = rep.index * cx.claims.length;
  for (const j of near) {
    const c = cx.claims[j] as Claim;
    if (before(c.articleId, Math.min(day, doneBy)) && toldOnItsOwnDay(rep, c, cx.judged.get(row + j), cx))
      doneBy = dayOf(c.articleId) as number;
  }
  if (doneBy < day) day = eventDay(supporters, cx.readingOf, cx.writtenDay, doneBy);
  if (day === null) return;
  // (and those of its own day, published before the hour it is told at)
  const earlier = beforeItsHour(rep, supporters, day, cx.articles ?? []);
  for (const articleId of marks.keys())
    if (before(articleId, day) || (earlier.has(articleId) && before(articleId, day + 1)))
      marks.set(articleId, {
        mark: 'published-before',
        evidence: null,
        reason:
          cx.publishedDay(articleId) === null && updated.has(articleId)
            ? 'last updated before the event'
            : 'published before the event',
      });
}

// The days of the articles dated by their last update only (no publication date), by id.
function updatedDays(articles: readonly SegmentedArticle[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const { article } of articles) {
    const time = textTime(article);
    const day = time?.kind === 'updated' ? parseIsoDay(time.at.slice(0, 10)) : null;
    if (day !== null) days.set(article.id, day);
  }
  return days;
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
