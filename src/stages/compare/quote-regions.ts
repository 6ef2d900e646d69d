import type { Article, Evidence, Quote, Span } from '../../model/index.ts';

import { quotedRegions } from '../../text/quotes/regions.ts';

/**
 * The passages of an article inside quotation marks (the shared reading of `quotedRegions`: curly,
 * guillemet, straight and wire-style pairs, single curly quotes that are not apostrophes, an unclosed
 * quote ending with its paragraph), plus the extract stage's quote occurrences when there are any.
 * Sorted, disjoint spans into `article.text`.
 */
export function quoteRegions(article: Article, occurrences: readonly Evidence[] = []): Span[] {
  const regions = quotedRegions(
    article.text,
    article.paragraphs.map((p) => p.span),
  );
  for (const o of occurrences) if (o.articleId === article.id) regions.push({ ...o.span });
  return mergeSpans(regions);
}

/** The contents of each article's reported speech ("Lee said that …", the extract stage's indirect quotes), merged. */
export function reportedSpeech(quotes: readonly Quote[]): Map<string, Span[]> {
  const byArticle = new Map<string, Span[]>();
  for (const q of quotes)
    if (q.kind === 'indirect')
      for (const o of q.occurrences)
        byArticle.set(o.articleId, [...(byArticle.get(o.articleId) ?? []), o.span]);
  return new Map([...byArticle].map(([id, spans]) => [id, mergeSpans(spans)]));
}

/** Sort spans and merge the overlapping ones. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push({ ...s });
  }
  return merged;
}
