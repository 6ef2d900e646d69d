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
 * Where an article's `modifiedAt` came from when its page changed and gave no time of its own: the
 * time the store read the changed page (the change was made by then).
 */
export const READ_CHANGED = 'fetch: the store read the changed page';

// The fresh extraction with the change time the store gave it before, while its page gives none (a
// re-extraction of the same bytes keeps it), or, for a page that changed (`fetched`), the time now.
function withChangeTime(stored: Article, fresh: Article, fetched: boolean, now: string): Article {
  const given = fresh.modifiedAt && fresh.metadataSources.modifiedAt !== READ_CHANGED;
  if (given) return fresh;
  const dated = (modifiedAt: string | null): Article =>
    modifiedAt === null
      ? fresh
      : { ...fresh, modifiedAt, metadataSources: { ...fresh.metadataSources, modifiedAt: READ_CHANGED } };
  const before = stored.metadataSources.modifiedAt === READ_CHANGED ? stored.modifiedAt : null;
  const changed = stored.text !== fresh.text || stored.title !== fresh.title;
  return dated(fetched && changed ? now : before);
}

/**
 * Replace each stored article whose page gave a different extraction; returns, by page URL,
 * `updated` or `unchanged` (also when the new text is another stored article's, or the article is
 * gone: the stored one is left as it was). A page fetched again (`fetched`) whose title or text
 * changed keeps the stored version as a revision and, giving no change time of its own, is dated by
 * when the store read it (`READ_CHANGED`).
 */
export async function replaceChanged(
  store: Store,
  pages: readonly {
    readonly url: string;
    readonly id: string;
    readonly row: NewArticle;
    readonly fetched?: boolean;
  }[],
): Promise<Map<string, 'updated' | 'unchanged'>> {
  const out = new Map<string, 'updated' | 'unchanged'>();
  const replacements = [];
  const urls: string[] = [];
  const now = new Date().toISOString();
  for (const page of pages) {
    const stored = (await store.article(page.id))?.article;
    const fresh = stored && withChangeTime(stored, page.row.article, page.fetched === true, now);
    if (!stored || !fresh || sameExtraction(stored, fresh)) {
      out.set(page.url, 'unchanged');
      continue;
    }
    const article: Article = {
      ...fresh,
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
      ...(page.fetched ? { keepEarlier: true } : {}),
    });
    urls.push(page.url);
  }
  const done = await store.replaceArticles(replacements);
  done.forEach((outcome, i) => {
    out.set(urls[i] as string, outcome.status === 'replaced' ? 'updated' : 'unchanged');
  });
  return out;
}
