import type { Quote } from '../../model/index.ts';

/**
 * Who a passage's words belong to: `speakerIn(articleId, start, end, kinds)` is the speaker of the
 * first quote (in `quotes` order) of one of `kinds`, with a named speaker, that has an occurrence in
 * that article overlapping [start, end); null when none has. The occurrences are indexed once by
 * article and start, so that each look-up visits only the occurrences near the passage (a story with
 * thousands of quotes and claims stays linear instead of every claim scanning every quote).
 * @example
 * quoteSpeakers(quotes)('a1', 120, 180, ['direct', 'partial']) // 'Marta Vell'
 */
export function quoteSpeakers(
  quotes: readonly Quote[],
): (articleId: string, start: number, end: number, kinds: readonly string[]) => string | null {
  // per article: occurrences by start, and the furthest end of any occurrence up to each one
  const byArticle = new Map<string, { start: number; end: number; quote: number }[]>();
  quotes.forEach((q, quote) => {
    if (!q.speaker) return;
    for (const o of q.occurrences) {
      const list = byArticle.get(o.articleId) ?? [];
      list.push({ start: o.span.start, end: o.span.end, quote });
      byArticle.set(o.articleId, list);
    }
  });
  const reach = new Map<string, number[]>();
  for (const [id, list] of byArticle) {
    list.sort((a, b) => a.start - b.start);
    let furthest = Number.NEGATIVE_INFINITY;
    reach.set(
      id,
      list.map((o) => (furthest = Math.max(furthest, o.end))),
    );
  }
  return (articleId, start, end, kinds) => {
    const list = byArticle.get(articleId);
    const furthest = reach.get(articleId);
    if (!list || !furthest) return null;
    // the last occurrence that starts before the passage ends
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as { start: number }).start < end) lo = mid + 1;
      else hi = mid;
    }
    let first = Number.POSITIVE_INFINITY;
    // walk back while an occurrence this far back can still reach into the passage
    for (let k = lo - 1; k >= 0 && (furthest[k] as number) > start; k--) {
      const o = list[k] as { start: number; end: number; quote: number };
      if (o.end > start && o.quote < first && kinds.includes((quotes[o.quote] as Quote).kind))
        first = o.quote;
    }
    return first === Number.POSITIVE_INFINITY ? null : ((quotes[first] as Quote).speaker?.name ?? null);
  };
}
