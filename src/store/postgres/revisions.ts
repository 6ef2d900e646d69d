import type pg from 'pg';
import type { ArticleRevision, EarlierVersion } from '../article-types.ts';

/**
 * An article's earlier versions (`article_revisions`): kept when its page changed (a correction), in
 * the transaction that replaces the article (./replace.ts); read for its page.
 */

/** The kept versions of an article, oldest first: by when the store read the version after each. */
export async function listRevisions(pool: pg.Pool, id: string): Promise<ArticleRevision[]> {
  const { rows } = await pool.query<{
    replaced_at: Date;
    title: string | null;
    text: string;
    modified_at: string | null;
  }>(
    `SELECT r.replaced_at, r.title, r.text, r.modified_at FROM article_revisions r
     JOIN articles a ON a.seq = r.article_seq WHERE a.id = $1 ORDER BY r.replaced_at, r.seq`,
    [id],
  );
  return rows.map((r) => ({
    replacedAt: r.replaced_at.toISOString(),
    title: r.title,
    text: r.text,
    modifiedAt: r.modified_at,
  }));
}

/** Keep versions earlier than the stored ones, met after them, in the caller's transaction (`Store.keepEarlierVersions`). */
export async function keepEarlierVersions(
  client: pg.PoolClient,
  versions: readonly EarlierVersion[],
): Promise<boolean[]> {
  const kept: boolean[] = [];
  for (const version of versions) {
    const text = version.text.replaceAll('\u0000', '\uFFFD');
    // replaced when the store read the present version: at the article's ingest, or its last change;
    // none for an unknown article, its present version or a version kept already
    const { rowCount } = await client.query(
      `INSERT INTO article_revisions (article_seq, replaced_at, title, text, modified_at)
       SELECT a.seq, greatest(a.ingested_at, (SELECT max(r.replaced_at) FROM article_revisions r
                                             WHERE r.article_seq = a.seq)), $2, $3, $4
       FROM articles a WHERE a.id = $1 AND (a.title IS DISTINCT FROM $2 OR a.text <> $3)
         AND NOT EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_seq = a.seq
                         AND r.text = $3 AND r.title IS NOT DISTINCT FROM $2)`,
      [version.id, version.title, text, version.modifiedAt],
    );
    kept.push(rowCount === 1);
  }
  return kept;
}
