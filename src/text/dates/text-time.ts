// The time a text is of: when it was published, else when it was last updated. A page's
// dateModified and an "Updated at 1:20 p.m., December 3, 2026" line under a byline are both read into
// an article's `modifiedAt` (clean/html/metadata.ts, clean/text/parts.ts): an article that gives only
// that was written by then, as it stands. Time-aware coverage (◷, omissions) reads this one time;
// what shows it says which it is ("updated 2026-12-03"), never "published".
import { publishedInstant, publishedShown } from './published.ts';

/** The dates of an article that tell when its text was written. */
export interface TextDates {
  readonly publishedAt?: string | null;
  readonly modifiedAt?: string | null;
}

/** The time of a text and what it is: its publication, or (given none) its last update. */
export interface TextTime {
  readonly at: string;
  readonly kind: 'published' | 'updated';
}

/**
 * The time a text stands as of: its publication time, else its last update's; null when it gives
 * neither (blank values are none).
 * @example
 * textTime({ publishedAt: null, modifiedAt: '2026-12-03' }); // { at: '2026-12-03', kind: 'updated' }
 */
export function textTime(article: TextDates): TextTime | null {
  const published = article.publishedAt?.trim();
  if (published) return { at: published, kind: 'published' };
  const modified = article.modifiedAt?.trim();
  return modified ? { at: modified, kind: 'updated' } : null;
}

/** `textTime`'s time alone, or null: what a comparison of times reads. */
export function textTimeAt(article: TextDates): string | null {
  return textTime(article)?.at ?? null;
}

/**
 * The time of a text as a report shows it: the publication time as `publishedShown` shows it, or
 * "updated …" for an article dated by its last update only; null when it gives neither.
 * @example
 * textTimeShown({ publishedAt: null, modifiedAt: '2026-12-03' }); // 'updated 2026-12-03'
 */
export function textTimeShown(article: TextDates): string | null {
  const time = textTime(article);
  const shown = time && (publishedShown(time.at) ?? time.at);
  if (!time || !shown) return null;
  return time.kind === 'updated' ? `updated ${shown}` : shown;
}

// Two texts whose last times are this many hours apart or less were written at about the same time.
const FEW_HOURS = 3;
const timed = (at: string) => /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(at);

/**
 * The last time a text stands as of: the later of its publication and its last update, else the one
 * it gives; null for neither.
 * @example
 * lastTextTime({ publishedAt: '2031-05-05T09:00:00Z', modifiedAt: '2031-05-05T18:45:00Z' }); // '2031-05-05T18:45:00Z'
 */
export function lastTextTime(article: TextDates): string | null {
  const [published, modified] = [article.publishedAt?.trim(), article.modifiedAt?.trim()];
  if (!published || !modified) return published || modified || null;
  return publishedInstant(modified) > publishedInstant(published) ? modified : published;
}

/**
 * Whether text `a` was written clearly later than text `b`, by their last times (`lastTextTime`: a
 * publication or an update): more than a few hours after it where both give a time of day, on a later
 * day where either gives its day alone (one day is one news cycle). False where either is undated:
 * texts of no known order are taken as written at about the same time.
 * @example
 * clearlyLater({ publishedAt: '2031-05-05T09:00:00Z', modifiedAt: '2031-05-05T18:45:00Z' }, { publishedAt: '2031-05-05T09:00:00Z' }); // true
 * clearlyLater({ publishedAt: '2026-12-01' }, { publishedAt: '2026-12-01T07:40:00-05:00' }); // false
 */
export function clearlyLater(a: TextDates, b: TextDates): boolean {
  const [x, y] = [lastTextTime(a), lastTextTime(b)];
  if (!x || !y) return false;
  if (timed(x) && timed(y)) return publishedInstant(x) - publishedInstant(y) > FEW_HOURS * 3_600_000;
  return x.slice(0, 10) > y.slice(0, 10);
}
