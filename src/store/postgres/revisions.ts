import type pg from 'pg';
import type { ArticleRevision } from '../article-types.ts';

/**
 * An article's earlier versions (`article_revisions`): kept when its page changed (a correction), in
 * the transaction that replaces the article (./replace.ts); read for its page.
 */

/** The kept versions of an article, oldest first. */
export async function listRevisions(pool: pg.Pool, id: string): Promise<ArticleRevision[]> {
  const { rows } = await pool.query<{
    replaced_at: Date;
    title: string | null;
    text: string;
    modified_at: string | null;
  }>(
    `SELECT r.replaced_at, r.title, r.text, r.modified_at FROM article_revisions r
     JOIN articles a ON a.seq = r.article_seq WHERE a.id = $1 ORDER BY r.seq`,
    [id],
  );
  return rows.map((r) => ({
    replacedAt: r.replaced_at.toISOString(),
    title: r.title,
    text: r.text,
    modifiedAt: r.modified_at,
  }));
}
