// A count told otherwise is read as a history as often as a clash: "12 injured" at 09:30 and "15
// injured" at 19:05 may be a toll that rose. Each side of a figure difference carries when its articles
// were published, and an article whose own outlet gave another value of the measure earlier is marked
// as updating it (an outlet's later article is its own correction, not a clash with itself).
import type { Conflict, SegmentedArticle } from '../../model/index.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import { articleOutletKey } from '../../text/source.ts';

type Difference = Omit<Conflict, 'id'>;

/**
 * A figure difference with each valued side's articles and their times (`told`), a later article
 * of an outlet marked as updating the same outlet's earlier articles on other sides; other
 * differences as they are.
 */
export function withTimes(d: Difference, articles: readonly SegmentedArticle[]): Difference {
  if (d.kind !== 'figure' || !d.sides.some((s) => s.value)) return d;
  const byId = new Map(articles.map((a) => [a.article.id, a.article]));
  const sideOf = new Map<string, number>();
  d.sides.forEach((s, i) => {
    for (const e of s.evidence) if (!sideOf.has(e.articleId)) sideOf.set(e.articleId, i);
  });
  return {
    ...d,
    sides: d.sides.map((s, i) => {
      if (!s.value) return s;
      const ids = [...new Set(s.evidence.map((e) => e.articleId))];
      const told = ids.map((id) => {
        const article = byId.get(id);
        const at = article?.publishedAt ?? null;
        // the same outlet's articles told before this one on another side of the measure
        const updates = article
          ? [...sideOf]
              .filter(([other, j]) => {
                const b = byId.get(other);
                return (
                  j !== i &&
                  b &&
                  articleOutletKey(b) === articleOutletKey(article) &&
                  before(b.publishedAt, at)
                );
              })
              .map(([other]) => other)
          : [];
        return { articleId: id, publishedAt: at, ...(updates.length ? { updates } : {}) };
      });
      return { ...s, told };
    }),
  };
}

/**
 * Whether a time of publication is before another: as instants when both give a time of day, by
 * their days when either gives a day alone (two articles of one day, one undated by the hour, are
 * in no known order).
 */
export function before(b: string | null, a: string | null): boolean {
  if (!b || !a) return false;
  const timed = (t: string) => /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(t.trim());
  if (timed(a) && timed(b)) return publishedInstant(b) < publishedInstant(a);
  return b.trim().slice(0, 10) < a.trim().slice(0, 10);
}

/**
 * When the first of some times of publication was, in epoch milliseconds (`publishedInstant` of the
 * earliest): NaN when one of them is missing, Infinity for none.
 * @example
 * firstPublished(['2026-03-04T09:00:00Z', '2026-03-03']) // Date.UTC(2026, 2, 3)
 */
export function firstPublished(times: readonly (string | null | undefined)[]): number {
  return Math.min(...times.map(publishedInstant));
}

/** When a side of a difference was first told: its first article's time of publication (`firstPublished`). */
export const sideFirstTold = (side: Conflict['sides'][number]): number =>
  firstPublished((side.told ?? []).map((t) => t.publishedAt));
