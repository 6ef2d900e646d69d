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

/** An article's day in the shingle table: its `sort_at` as whole days since 1970-01-01 (UTC). */
export function shingleDay(sortAt: string): number {
  return Math.floor(Date.parse(sortAt) / 86_400_000);
}
