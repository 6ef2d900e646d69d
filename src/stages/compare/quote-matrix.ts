import type { Quote, QuoteCoverage, SegmentedArticle, Span } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import type { Claim } from './claims.ts';
import { PARAPHRASE_MIN_COVER, PARAPHRASE_MIN_WORDS } from './patterns.ts';
import { inRegions } from './text.ts';

/** Word stems of a text, as claims store them. */
export const wordsOf = (text: string): string[] => (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).map(stem);

/**
 * Which article carried which quote: `quoted` where the quote occurs, `paraphrased` where an
 * article's own sentence (outside quotation marks) covers at least PARAPHRASE_MIN_COVER of the
 * quote's IDF-weighted content words, else `absent`. Indirect quotes count as paraphrased.
 */
export function quoteMatrix(
  quotes: readonly Quote[],
  articles: readonly SegmentedArticle[],
  claims: readonly Claim[],
  idf: ReadonlyMap<string, number>,
  regions: ReadonlyMap<string, readonly Span[]>,
): QuoteCoverage[] {
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  // each article's own-voice claims, as stem sets, computed once for all quotes
  const ownStems = new Map(
    articles.map(({ article }) => [
      article.id,
      (byArticle.get(article.id) ?? [])
        .filter((c) => !inRegions(c.span, regions.get(article.id) ?? []))
        .map((c) => new Set(c.stems)),
    ]),
  );
  // which articles use a stem in their own voice: only those can paraphrase a quote using it
  const usedBy = new Map<string, Set<string>>();
  for (const [id, sets] of ownStems)
    for (const set of sets)
      for (const w of set) {
        const ids = usedBy.get(w);
        if (ids) ids.add(id);
        else usedBy.set(w, new Set([id]));
      }
  return quotes.map((quote) => {
    const words = [...new Set(wordsOf(quote.text))].filter((w) => idf.has(w));
    const total = words.reduce((sum, w) => sum + (idf.get(w) ?? 0), 0);
    // an article's whole own voice bounds what any one of its sentences can cover
    const bound = new Map<string, number>();
    if (words.length >= PARAPHRASE_MIN_WORDS)
      for (const w of words)
        for (const id of usedBy.get(w) ?? []) bound.set(id, (bound.get(id) ?? 0) + (idf.get(w) ?? 0));
    const row: Record<string, 'quoted' | 'paraphrased' | 'absent'> = {};
    const carried = new Set(quote.occurrences.map((o) => o.articleId));
    for (const { article } of articles) {
      if (carried.has(article.id)) {
        row[article.id] = quote.kind === 'indirect' ? 'paraphrased' : 'quoted';
        continue;
      }
      if ((bound.get(article.id) ?? 0) / (total || 1) < PARAPHRASE_MIN_COVER) {
        row[article.id] = 'absent';
        continue;
      }
      const covered = (ownStems.get(article.id) ?? []).some((terms) => {
        const hit = words.reduce((sum, w) => sum + (terms.has(w) ? (idf.get(w) ?? 0) : 0), 0);
        return words.length >= PARAPHRASE_MIN_WORDS && hit / total >= PARAPHRASE_MIN_COVER;
      });
      row[article.id] = covered ? 'paraphrased' : 'absent';
    }
    return { quoteId: quote.id, byArticle: row };
  });
}
