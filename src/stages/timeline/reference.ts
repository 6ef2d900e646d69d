import { dayOf, parseIsoDay } from '../../text/dates/days.ts';
import { resolveDate } from '../../text/dates/resolve.ts';
import { knownEvents, writtenBefore } from './before.ts';
import { DONE_AFTER_GUESS_DAYS } from './patterns.ts';
import { type PinnedDay, pinFinder, pinsHeld, relativeDaysOf } from './pins.ts';
import type { DatedArticle, PlacedMention, Reference, ReferenceOptions } from './reference-types.ts';

export type { DatedArticle, PlacedMention, Reference, ReferenceOptions } from './reference-types.ts';

function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

// Days that fix the story's years: full dates, the middle of "March of 2024" months, publication dates;
// not a date told as ahead ("is scheduled to open on November 20, 2026"), often a year after the writing,
// nor one in a relative clause, a noun's background ("Voss, who was hired in March 2005, …").
function yearAnchors(articles: readonly DatedArticle[]): number[] {
  const anchors: number[] = [];
  for (const article of articles) {
    const published = article.publishedAt ? parseIsoDay(article.publishedAt) : null;
    if (published !== null) anchors.push(published);
    for (const { value: v, future, background } of article.mentions) {
      if (future || background) continue;
      if (v.kind === 'day' && v.year !== null) anchors.push(dayOf(v.year, v.month, v.day) ?? Number.NaN);
      if (v.kind === 'month' && v.year !== null) anchors.push(dayOf(v.year, v.month, 15) ?? Number.NaN);
    }
  }
  return anchors.filter(Number.isFinite);
}

// The day-precise dates an article tells as done (a past form in their sentence, `toldAsDone`), with
// their sentences' words.
function statedDays(
  article: DatedArticle,
  anchor: number | null,
): { day: number; words?: ReadonlySet<string>; lede?: boolean }[] {
  return article.mentions.flatMap((m) => {
    if (m.value.kind !== 'day' || m.future || m.notDone) return [];
    const resolved = resolveDate(m, anchor, 'closest');
    if (!resolved) return [];
    return [{ day: resolved.day, ...(m.words ? { words: m.words } : {}), ...(m.lede ? { lede: true } : {}) }];
  });
}

// The first day of the latest date an article tells as done, at any precision ("She retired in 1999"
// gives 1999-01-01): it was written after it (`toldAsDone` reads a past form, which may still date a
// plan: "axed the monologue for the February 2009 show", hence DONE_AFTER_GUESS_DAYS).
function latestDone(article: DatedArticle): number | null {
  const starts = article.mentions.flatMap(({ value: v, future, notDone, attributive }) => {
    if (future || notDone || attributive) return [];
    if (v.kind === 'year') return [dayOf(v.year, 1, 1)];
    if ((v.kind === 'month' || v.kind === 'day') && v.year !== null)
      return [dayOf(v.year, v.month, v.kind === 'day' ? v.day : 1)];
    return [];
  });
  const days = starts.filter((d): d is number => d !== null && Number.isFinite(d));
  return days.length ? maxOf(days) : null;
}

const bareWeekdays = (article: DatedArticle): PlacedMention[] =>
  article.mentions.filter(
    (m) => m.value.kind === 'weekday' && m.value.shift === null && m.value.week === undefined && !m.future,
  );

// The largest of a non-empty list, without spreading it into a call (a long list overflows the stack).
const maxOf = (values: readonly number[]): number => values.reduce((a, b) => Math.max(a, b));
const minOf = (values: readonly number[]): number => values.reduce((a, b) => Math.min(a, b));

// Spread of the article's bare past weekdays ("on Wednesday") when resolved against `reference`.
function weekdaySpread(weekdays: readonly PlacedMention[], reference: number): number {
  const days = weekdays.map((m) => resolveDate(m, reference)?.day ?? reference);
  return days.length ? maxOf(days) - minOf(days) : 0;
}

/**
 * Reference dates for a story's articles. A publication date is used as given, a dateline's date next.
 * Otherwise the article is taken to be written on or after the latest day-precise date it tells as done (or,
 * stating none, the latest the story states; never more than `storySpreadDays` before that). When the
 * story's own days (given, or the latest each article states) lie more than `storySpreadDays` apart, its
 * articles were written at other times (a trial two years after the shooting), so an article stating no
 * day of its own has no reference: its relative dates stay unresolved rather than resolved against
 * another article's year. Within
 * `slackDays` of that bound it gets the day that (1) resolves the most of its relative days to the day
 * another article gives the same event ("on Wednesday" beside "Wednesday, Dec. 27", or beside a dated
 * article's "on Wednesday"), then (2) keeps its weekdays closest together and nearest the bound,
 * earliest on ties; it is `backed` when (1) holds for one of them. No stated day and no publication
 * date in the story: no reference.
 */
export function inferReferences(
  articles: readonly DatedArticle[],
  options: ReferenceOptions,
): Map<string, Reference | null> {
  const anchor = median(yearAnchors(articles));
  const published = new Map(articles.map((a) => [a.id, a.publishedAt ? parseIsoDay(a.publishedAt) : null]));
  const stated = new Map(articles.map((a) => [a.id, statedDays(a, anchor)]));
  const own = (id: string): number | null => {
    const days = (stated.get(id) ?? []).map((s) => s.day);
    return days.length ? maxOf(days) : null;
  };
  const bounds = articles.map((a) => published.get(a.id) ?? own(a.id)).filter((d): d is number => d !== null);
  const storyBound = bounds.length ? maxOf(bounds) : null;
  // the story's days within one spread: each article of it was written about when the others were
  const together = !bounds.length || maxOf(bounds) - minOf(bounds) <= options.storySpreadDays;
  const datelineDay = (a: DatedArticle) =>
    a.dateline ? (resolveDate(a.dateline, anchor, 'closest')?.day ?? null) : null;
  const ownDays = new Map(articles.map((a) => [a.id, published.get(a.id) ?? datelineDay(a)]));
  const events = articles.some((a) => a.plans?.length)
    ? knownEvents(articles, anchor, (id) => ownDays.get(id) ?? null)
    : [];
  const out = new Map<string, Reference | null>();
  // the days the story's other articles give its events: full dates told as done, and the relative
  // dates of articles whose day of writing is known; listed when a relative date first needs them
  const pinsOf = pinFinder(
    () =>
      articles.flatMap((a): PinnedDay[] => {
        const known = ownDays.get(a.id);
        const full = (stated.get(a.id) ?? []).map((s) => ({ ...s, id: a.id }));
        return known != null ? [...full, ...relativeDaysOf(a, known)] : full;
      }),
    options,
  );
  for (const article of articles) {
    const given = published.get(article.id) ?? null;
    const dateline = ownDays.get(article.id) ?? null;
    if (given !== null || dateline !== null) {
      out.set(article.id, {
        day: (given ?? dateline) as number,
        inferred: given === null,
        source: given !== null ? 'published' : 'dateline',
      });
      continue;
    }
    const ownBound = own(article.id);
    const backed = (day: number, pins = pinsOf(article)) => (pinsHeld(pins, day) > 0 ? { backed: true } : {});
    // it tells as ahead what another article dates as done: written before that day, most likely on the
    // day its first sentence reports ("…, the White House said Thursday.")
    const upper = events.length ? writtenBefore(article, events, sameEventOptions(options)) : null;
    if (upper !== null && (ownBound === null || ownBound <= upper.day)) {
      const { day, lede } = beforeEvent(article, ownBound, upper.day, options);
      // the day its lede reports, a few days before news another article dates from its own day of
      // writing, is borne out; a day fixed long ahead ("the Oscars on February 22") bounds it only
      const ledeBacked = lede && upper.recent;
      out.set(article.id, {
        day,
        inferred: true,
        source: 'stated',
        beforeEvent: true,
        ...(ledeBacked ? { backed: true } : backed(day)),
      });
      continue;
    }
    const lower =
      ownBound !== null && storyBound !== null
        ? Math.max(ownBound, storyBound - options.storySpreadDays)
        : (ownBound ?? (together ? storyBound : null));
    if (lower === null) {
      out.set(article.id, null);
      continue;
    }
    const weekdays = bareWeekdays(article);
    // its relative dates told with a day elsewhere in the story: only the dates of sentences sharing
    // words with theirs can tell their event
    const pinned = pinsOf(article);
    let best = lower;
    let bestHits = Number.NEGATIVE_INFINITY;
    let bestCost = 0;
    for (let day = lower; day <= lower + options.slackDays; day++) {
      const hits = pinsHeld(pinned, day);
      const cost = weekdaySpread(weekdays, day) + (day - lower);
      if (hits > bestHits || (hits === bestHits && cost < bestCost))
        [best, bestHits, bestCost] = [day, hits, cost];
    }
    // the latest day it tells as done is the news of its lede: written within days of it; not when
    // it tells as done a year or more later (a day without a year read in a biography's decade)
    const ledeBound =
      lower === ownBound && (stated.get(article.id) ?? []).some((d) => d.lede && d.day === lower);
    const contradicted = (latestDone(article) ?? Number.NEGATIVE_INFINITY) > best + DONE_AFTER_GUESS_DAYS;
    out.set(article.id, {
      day: best,
      inferred: true,
      source: 'stated',
      ...(contradicted ? { beforeDone: true } : ledeBound ? { backed: true } : backed(best, pinned)),
    });
  }
  return out;
}

const sameEventOptions = (o: ReferenceOptions) => ({ minOverlap: o.minOverlap, minShared: o.minShared });

// The day of writing of an article known to be written by `upper`: the day its first sentence reports
// (`lede`), else the day in the week before `upper` that keeps its weekdays closest together, latest on ties.
function beforeEvent(
  article: DatedArticle,
  ownBound: number | null,
  upper: number,
  options: ReferenceOptions,
): { day: number; lede: boolean } {
  const lower = Math.max(ownBound ?? Number.NEGATIVE_INFINITY, upper - options.storySpreadDays);
  const lede = article.lede ? (resolveDate(article.lede, upper)?.day ?? null) : null;
  if (lede !== null && lede >= lower) return { day: lede, lede: true };
  const weekdays = bareWeekdays(article);
  let best = upper;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let day = upper; day >= lower; day--) {
    const cost = weekdaySpread(weekdays, day);
    if (cost < bestCost) [best, bestCost] = [day, cost];
  }
  return { day: best, lede: false };
}
