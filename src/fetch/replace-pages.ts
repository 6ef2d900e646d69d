import type { Article } from '../model/index.ts';
import type { NewArticle, Store } from '../store/types.ts';

/**
 * Pages read again (`reextract`, a page fetched again) whose article is stored: each new extraction
 * is compared with the stored article, and replaces it only when what extraction gives changed. The
 * store's own links (id, `syndicatedFrom` found against stored articles) are kept.
 */

// The fields extraction gives: what a re-extraction is compared on. Left out: the id and source, the
// syndication link the store made, and the label a report sets.
const EXTRACTED = [
  'title',
  'titleInferred',
  'byline',
  'outlet',
  'url',
  'publishedAt',
  'modifiedAt',
  'language',
  'section',
  'metadataSources',
  'text',
  'body',
  'paragraphs',
  'removed',
  'media',
  'wordCount',
] as const satisfies readonly (keyof Article)[];

// JSON with object keys sorted: a backend may hand JSON back with its keys in another order.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** True when two extractions of a page give the same article. */
export function sameExtraction(stored: Article, fresh: Article): boolean {
  return EXTRACTED.every((field) => canonical(stored[field] ?? null) === canonical(fresh[field] ?? null));
}

/**
 * Replace each stored article whose page gave a different extraction; returns, by page URL,
 * `updated` or `unchanged` (also when the new text is another stored article's, or the article is
 * gone: the stored one is left as it was).
 */
export async function replaceChanged(
  store: Store,
  pages: readonly { readonly url: string; readonly id: string; readonly row: NewArticle }[],
): Promise<Map<string, 'updated' | 'unchanged'>> {
  const out = new Map<string, 'updated' | 'unchanged'>();
  const replacements = [];
  const urls: string[] = [];
  for (const page of pages) {
    const stored = (await store.article(page.id))?.article;
    if (!stored || sameExtraction(stored, page.row.article)) {
      out.set(page.url, 'unchanged');
      continue;
    }
    const article: Article = {
      ...page.row.article,
      id: stored.id,
      syndicatedFrom: stored.syndicatedFrom,
      syndicationNote: stored.syndicationNote,
    };
    replacements.push({
      id: page.id,
      article,
      contentHash: page.row.contentHash,
      features: page.row.features,
      ...(page.row.shingles ? { shingles: page.row.shingles } : {}),
    });
    urls.push(page.url);
  }
  const done = await store.replaceArticles(replacements);
  done.forEach((outcome, i) => {
    out.set(urls[i] as string, outcome.status === 'replaced' ? 'updated' : 'unchanged');
  });
  return out;
}
