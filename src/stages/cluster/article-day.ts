// The day of an article the grouping reads (its publication date, else a full date of its opening),
// and where that day came from, as a report names it.
import type { SegmentedArticle } from '../../model/index.ts';
import { parseIsoDay } from '../../text/dates/days.ts';
import { type DatePlace, datePlace, ownFullDates } from './background-dates.ts';
import { DATE_SCAN_CHARS } from './patterns.ts';

/**
 * Where an article's day came from: its publication date (and that date's provenance), or its text:
 * where in it (`datePlace`) and the date as written (absent in features stored before them).
 */
export type DateSource =
  | { readonly kind: 'published'; readonly from: string }
  | { readonly kind: 'text'; readonly at?: DatePlace | undefined; readonly date?: string | undefined };

/**
 * How a report names where an article's day came from: `published:<provenance>`, or `text`, its place
 * and the date as written (`text:first sentence "March 9, 2021"`; `text` alone for features stored
 * before them).
 */
export function dateSourceLabel(source: DateSource): string {
  if (source.kind === 'published') return `published:${source.from}`;
  return `text${source.at ? `:${source.at}` : ''}${source.date ? ` "${source.date}"` : ''}`;
}

/**
 * The article's day: its publication date when given (by the input, metadata or a dateline the clean
 * stage read), else the first full date with a year in its headline or opening characters that is
 * not another time's (a birth or a founding told past the first sentence, a like event recalled:
 * `backgroundDateAt`).
 */
export function articleDay(doc: SegmentedArticle): { day: number; source: DateSource } | null {
  const { article } = doc;
  const published = article.publishedAt ? parseIsoDay(article.publishedAt) : null;
  if (published !== null)
    return {
      day: published,
      source: { kind: 'published', from: article.metadataSources.publishedAt ?? 'input' },
    };
  for (const { day, at, mention } of ownFullDates(doc, DATE_SCAN_CHARS))
    return { day, source: { kind: 'text', at: datePlace(doc, at), date: mention.text } };
  return null;
}
