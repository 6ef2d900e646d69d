import type { Article } from '../../model/index.ts';
import type { StoredArticle } from '../types.ts';

/** A stored article's row as the queries select it. */
export interface ArticleRow {
  readonly id: string;
  readonly story_id: string | null;
  readonly ingested_at: Date;
  readonly text: string;
  readonly article: Omit<Article, 'id' | 'text'>;
}

/** The columns that {@link toStoredArticle} reads, of `articles a`. */
export const ARTICLE_COLUMNS =
  'a.id, (SELECT m.story_id FROM memberships m WHERE m.article_seq = a.seq) AS story_id, a.ingested_at, a.text, a.article';

/** A row as the interface returns it: the article carries the store's id. */
export function toStoredArticle(row: ArticleRow): StoredArticle {
  return {
    article: { ...row.article, id: row.id, text: row.text } as Article,
    storyId: row.story_id,
    ingestedAt: row.ingested_at.toISOString(),
  };
}

/** An ISO date-time, or null for a missing or unreadable date (never a thrown error). */
export function isoOrNull(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * JSON for a `jsonb` parameter. PostgreSQL's `jsonb` cannot hold U+0000, which a scraped text may
 * contain: it becomes U+FFFD, one character for one, so every span into the text stays in place.
 */
export function toJsonb(value: unknown): string {
  const json = JSON.stringify(value);
  if (!json.includes('\\u0000')) return json;
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' ? v.replaceAll('\u0000', '\uFFFD') : v,
  );
}
