// The date of the wire dateline that opens an article's text ("DUNMERE, Nov. 4 (Kestle Wire) —",
// "DUNMERE, Wednesday, November 4, 2026 —"): where a wire story states the day it was filed. It dates
// the article when nothing else does (no date given, none in its metadata or its header lines).
import type { Article } from '../../model/index.ts';
import { readDateline } from '../../text/dateline.ts';
import { dayOf, isoOf, parseIsoDay } from '../../text/dates/days.ts';
import { type DateMention, findDateMentions } from '../../text/dates/mentions.ts';
import { chooseYear, type YearMode } from '../../text/dates/resolve.ts';

/** Where a dateline's year came from, as `metadataSources.publishedAt` names it. */
export const WIRE_DATELINE_SOURCES = {
  stated: 'text:wire-dateline',
  text: 'text:wire-dateline, year from its other dates',
  articles: "text:wire-dateline, year from the run's dated articles",
  run: 'text:wire-dateline, year from the run date',
} as const;

/** A wire dateline's day, ISO, and where its year came from. */
export interface WireDate {
  readonly iso: string;
  readonly source: (typeof WIRE_DATELINE_SOURCES)[keyof typeof WIRE_DATELINE_SOURCES];
}

type Day = Extract<DateMention['value'], { kind: 'day' }>;
type Dated = Pick<Article, 'text' | 'paragraphs'>;

// The date of the dateline opening the first paragraph, and where it is in the text.
function datelineOf(article: Dated): { value: Day; start: number; end: number } | null {
  const first = article.paragraphs.find((p) => p.kind === 'text');
  const date = first ? readDateline(article.text, first.span.start)?.date : null;
  const value = date ? findDateMentions(date.text).find((m) => m.value.kind === 'day')?.value : undefined;
  return date && value?.kind === 'day' ? { value, start: date.start, end: date.end } : null;
}

// The first full date (with its year) the text tells as done, or failing that as ahead, and the way a
// dateline's year is read from it: filed on or after what it tells as done ("on March 3, 2025, the
// council…"), before what it tells as ahead ("the vote on Dec. 12, 2026").
function yearAnchor(mentions: readonly DateMention[]): { day: number; mode: YearMode } | null {
  const full = mentions.flatMap((m) => {
    const v = m.value;
    const day = v.kind === 'day' && v.year !== null ? dayOf(v.year, v.month, v.day) : null;
    return day === null ? [] : [{ day, future: m.future }];
  });
  const done = full.filter((d) => !d.future).map((d) => d.day);
  if (done.length) return { day: Math.max(...done), mode: 'future' };
  const ahead = full.map((d) => d.day);
  return ahead.length ? { day: Math.min(...ahead), mode: 'past' } : null;
}

const dayIn = (v: Day, reference: number, mode: YearMode): number | null => {
  const y = chooseYear(v.month, v.day, v.weekday, reference, mode);
  return y === null ? null : dayOf(y, v.month, v.day);
};

/**
 * The day of the wire dateline opening `article`'s first paragraph when it states its year, or null. A
 * dateline without its year is left to `yearWireDatelines`, which sees the whole run.
 * @example
 * wireDatelineDate(article('DUNMERE, November 4, 2026 — The council voted.'))
 * // { iso: '2026-11-04', source: 'text:wire-dateline' }
 */
export function wireDatelineDate(article: Dated): WireDate | null {
  const v = datelineOf(article)?.value;
  const stated = v?.year != null ? dayOf(v.year, v.month, v.day) : null;
  return stated === null ? null : { iso: isoOf(stated), source: WIRE_DATELINE_SOURCES.stated };
}

// The day of a year-less dateline nearest the day of one of the run's dated articles (they were filed
// about when it was); else read from the article's other full dates (filed on or after what it tells as
// done, before what it tells as ahead: a weaker clue, as such a date may be years back, "last closed on
// March 3, 2019"); else the nearest such day on or before the run's date, when within RUN_DATE_DAYS of
// it. A context without a clock
// (the epoch: a test's, an evaluation's) gives no run date.
function runDay(article: Dated, dated: readonly number[], now: Date): WireDate | null {
  const dateline = datelineOf(article);
  if (!dateline) return null;
  const { value: v, start, end } = dateline;
  let best: { day: number; gap: number } | null = null;
  for (const d of dated) {
    const day = dayIn(v, d, 'closest');
    if (day !== null && (best === null || Math.abs(day - d) < best.gap))
      best = { day, gap: Math.abs(day - d) };
  }
  if (best) return { iso: isoOf(best.day), source: WIRE_DATELINE_SOURCES.articles };
  const anchor = yearAnchor(findDateMentions(article.text).filter((m) => m.start >= end || m.end <= start));
  const told = anchor ? dayIn(v, anchor.day, anchor.mode) : null;
  if (told !== null) return { iso: isoOf(told), source: WIRE_DATELINE_SOURCES.text };
  if (now.getTime() <= 0) return null;
  const today = Math.floor(now.getTime() / 86_400_000);
  const day = dayIn(v, today, 'past');
  // only a fresh dateline is the run's: "March 4" read in December may be of any year (a file kept
  // since), so a day further back than RUN_DATE_DAYS stays undated rather than dated by a guess
  return day === null || today - day > RUN_DATE_DAYS
    ? null
    : { iso: isoOf(day), source: WIRE_DATELINE_SOURCES.run };
}

/** How far before the run's date a year-less dateline with nothing else to date it is taken as this run's. */
export const RUN_DATE_DAYS = 60;

/**
 * Date the run's articles that are still undated and open with a dateline without its year ("DUNMERE,
 * Nov. 4 (Kestle Wire) —"): the year that puts it nearest a dated article of the run, else the year its
 * other full dates give, else the nearest such day on or before the run's date (`now`) when it is at
 * most RUN_DATE_DAYS before it. Their
 * `metadataSources.publishedAt` says which; other articles are returned as they are.
 * @example
 * yearWireDatelines([wireCopy, articleOf20261105], now)[0].publishedAt // '2026-11-04'
 */
export function yearWireDatelines(articles: readonly Article[], now: Date): Article[] {
  const undated = articles.filter((a) => !a.publishedAt && datelineOf(a));
  if (!undated.length) return [...articles];
  const dated = articles.flatMap((a) => {
    const day = a.publishedAt ? parseIsoDay(a.publishedAt) : null;
    return day === null ? [] : [day];
  });
  return articles.map((article) => {
    const found = article.publishedAt ? null : runDay(article, dated, now);
    return found
      ? {
          ...article,
          publishedAt: found.iso,
          metadataSources: { ...article.metadataSources, publishedAt: found.source },
        }
      : article;
  });
}
