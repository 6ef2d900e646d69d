import type { Article } from '../../model/index.ts';
import type { StoredArticle } from '../types.ts';

/**
 * Rows of the `articles` table as read back, and their conversion to the domain's objects.
 */

/** The article columns a listing reads, from `articles a JOIN article_bodies b`. */
export const ARTICLE_COLUMNS = 'a.seq, a.id, b.text, b.article, a.story_id, a.ingested_at';

/** An `articles` row as {@link ARTICLE_COLUMNS} reads it. */
export interface ArticleRow {
  readonly seq: number;
  readonly id: string;
  readonly text: string;
  readonly article: string;
  readonly story_id: string | null;
  readonly ingested_at: string;
}

/** The stored article of a row: its JSON with the store's id and the body put back. */
export function toStoredArticle(row: ArticleRow): StoredArticle {
  const rest = JSON.parse(row.article) as Omit<Article, 'id' | 'text'>;
  return {
    article: { id: row.id, ...rest, text: row.text } as Article,
    storyId: row.story_id,
    ingestedAt: row.ingested_at,
  };
}

/** Days per bucket of the shingle table: a copy look-up's range of a week either side reads three. */
export const SHINGLE_BUCKET_DAYS = 7;

/**
 * An article's bucket in the shingle table: the first day (days since 1970-01-01, UTC) of the
 * seven-day bucket holding its `sort_at`.
 */
export function shingleDay(sortAt: string): number {
  const day = Math.floor(Date.parse(sortAt) / 86_400_000);
  return day - (((day % SHINGLE_BUCKET_DAYS) + SHINGLE_BUCKET_DAYS) % SHINGLE_BUCKET_DAYS);
}
