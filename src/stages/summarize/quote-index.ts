import type { Article } from '../../model/index.ts';
import { quotedRegions } from '../../text/quotes/regions.ts';

/**
 * Look-ups into an article's quoted stretches ([start, end) pairs in text order, not
 * overlapping) by binary search, so that each sentence or token costs a logarithm of the quotes, not
 * all of them: an article of thousands of quotes stays linear (issue 16).
 * @example
 * const q = quoteIndex([[10, 20], [40, 60]]);
 * q.inside(12, 18) // true
 * q.quotedChars(15, 45) // 10
 */
export function quoteIndex(ranges: readonly (readonly [number, number])[]): {
  /** True when [start, end) lies inside one quoted stretch. */
  inside(start: number, end: number): boolean;
  /** How many characters of [start, end) are quoted. */
  quotedChars(start: number, end: number): number;
} {
  // the first range that ends after `at`
  const firstEndingAfter = (at: number): number => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ranges[mid] as readonly [number, number])[1] > at) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return {
    inside(start, end) {
      // only the first range ending after `start` can hold it, or (an empty span) one ending at it
      const k = firstEndingAfter(start);
      for (const r of [ranges[k - 1], ranges[k]]) if (r && start >= r[0] && end <= r[1]) return true;
      return false;
    },
    quotedChars(start, end) {
      let n = 0;
      for (let k = firstEndingAfter(start); k < ranges.length; k++) {
        const [s, e] = ranges[k] as readonly [number, number];
        if (s >= end) break;
        n += Math.max(0, Math.min(e, end) - Math.max(s, start));
      }
      return n;
    },
  };
}

/** The look-ups of an article's own text (`quotedRegions`), worked out once per article and kept. */
export type QuoteIndex = ReturnType<typeof quoteIndex>;
const OF_ARTICLE = new WeakMap<Article, QuoteIndex>();

/**
 * `quoteIndex` of the article's quoted regions (text/quotes/regions.ts, the reading compare and the
 * timeline use), read once per article: the candidates and the compression of the chosen sentences
 * look into the same quotations.
 */
export function articleQuotes(article: Article): QuoteIndex {
  let q = OF_ARTICLE.get(article);
  if (!q) {
    const regions = quotedRegions(
      article.text,
      article.paragraphs.map((p) => p.span),
    );
    q = quoteIndex(regions.map((r) => [r.start, r.end] as const));
    OF_ARTICLE.set(article, q);
  }
  return q;
}
