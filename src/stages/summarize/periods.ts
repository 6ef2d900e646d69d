// A story told over separate periods (a budget vote and, two weeks on, its reversal; a strike and the
// deal that ended it days later): its summary is told period by period, earliest first, so that what
// happened comes in order and no later turn is read before what it turned back.
import type { SegmentedArticle } from '../../model/index.ts';
import { parseIsoDay } from '../../text/dates/days.ts';
import { publishedUtcDay } from '../../text/dates/published.ts';
import { ownFullDates } from '../cluster/background-dates.ts';
import { PERIOD_GAP_DAYS } from './patterns.ts';
import { lede, type Scored } from './select.ts';

// The latest full date (day, month and year) an article's text tells as done, as a day number; not a
// date of another time it tells (a birth, a founding, a like event recalled: `ownFullDates`, the
// grouping's reader of an undated article's day). Kept per article: a story's periods, its overtaken
// values and its headline ask it of the same articles (each a scan of the whole text for dates).
const STATED = new WeakMap<SegmentedArticle, number | null>();
function statedDay(doc: SegmentedArticle): number | null {
  const known = STATED.get(doc);
  if (known !== undefined) return known;
  let latest: number | null = null;
  for (const { day, mention } of ownFullDates(doc))
    if (!mention.future && (latest === null || day > latest)) latest = day;
  STATED.set(doc, latest);
  return latest;
}

/**
 * The day each article of a story tells of, as a day number (its UTC day, `publishedUtcDay`, so days
 * order across zones), in the articles' order: its day of publication; for an undated one among dated ones, the latest full
 * date it tells as done ("on Tuesday, December 1, 2026"); null when neither is known, or when no
 * article of the story is dated (its articles' times are then unknown: the story is one period).
 * @example
 * articleDays(articles) // [20515, 20516, null]
 */
export function articleDays(articles: readonly SegmentedArticle[]): (number | null)[] {
  const published = articles.map((d) => parseIsoDay(publishedUtcDay(d.article.publishedAt) ?? ''));
  const dated = published.some((d) => d !== null);
  return articles.map((d, i) => published[i] ?? (dated ? statedDay(d) : null));
}

/**
 * The period of each day: days sorted, a new period wherever one is `PERIOD_GAP_DAYS` or more after the
 * day before it (first reports over two days stay one period).
 */
function periodsOf(days: readonly number[]): Map<number, number> {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let period = 0;
  sorted.forEach((day, i) => {
    if (i > 0 && day - (sorted[i - 1] as number) >= PERIOD_GAP_DAYS) period++;
    out.set(day, period);
  });
  return out;
}

/**
 * Summary sentences (in reading order) told period by period when their articles' days fall in more
 * than one period: a stable sort by period, so each period keeps the reading order (what happened, in
 * the outlets' own words, first). The story's event is the first period holding a sentence that may
 * open it (`opens`: an article's lede telling what happened); the sentences of days before it (a
 * preview's) and of unknown day go with it, and the first of them that may open the story opens it
 * when the opener chosen went to a later period. No period holding such a sentence, or one period: the
 * order as given.
 * @example
 * inPeriods([reversal, vote, cuts], (s) => day.get(s.articleId), isLede) // [vote, cuts, reversal]
 */
export function inPeriods<T>(
  ordered: readonly T[],
  dayOf: (item: T) => number | null,
  opens: (item: T) => boolean,
): T[] {
  const days = ordered.map(dayOf);
  const periods = periodsOf(days.filter((d): d is number => d !== null));
  const periodAt = (i: number) => {
    const day = days[i];
    return day === null || day === undefined ? -1 : (periods.get(day) ?? -1);
  };
  const event = Math.min(
    ...ordered.flatMap((item, i) => (opens(item) && periodAt(i) >= 0 ? [periodAt(i)] : [])),
  );
  if (!Number.isFinite(event)) return [...ordered];
  const placed = ordered.map((item, i) => ({ item, i, period: Math.max(periodAt(i), event) }));
  if (new Set(placed.map((p) => p.period)).size < 2) return [...ordered];
  const sorted = placed.sort((a, b) => a.period - b.period || a.i - b.i);
  if (sorted[0]?.i !== 0) {
    const opener = sorted.find((s) => s.period === event && opens(s.item));
    if (opener) {
      sorted.splice(sorted.indexOf(opener), 1);
      sorted.unshift(opener);
    }
  }
  return sorted.map(({ item }) => item);
}

/**
 * A summary's chosen sentences, in reading order, told period by period (`inPeriods`, by their
 * articles' days: `articleDays`), the story's event the first period holding an article's lede that
 * tells what happened.
 */
export function toldInPeriods(ordered: readonly Scored[], articles: readonly SegmentedArticle[]): Scored[] {
  const days = articleDays(articles);
  const dayOf = new Map(articles.map((d, i) => [d.article.id, days[i] ?? null]));
  return inPeriods(ordered, (s) => dayOf.get(s.candidate.articleId) ?? null, lede);
}
