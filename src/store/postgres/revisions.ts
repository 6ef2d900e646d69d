import type pg from 'pg';
import type { ArticleRevision, EarlierVersion } from '../article-types.ts';
import { placeEarlier } from '../revision-place.ts';

/**
 * An article's earlier versions (`article_revisions`): kept when its page changed (a correction), in
 * the transaction that replaces the article (./replace.ts), or met after the later version
 * (`keepEarlierVersions`); read for its page, in the order of their own time (`ord`).
 */

/**
 * SQL, for the article `a`: when the store read its present version (`presentRead`: when its last
 * kept version was replaced, else its ingest), and the order after its last kept version.
 */
export const PRESENT_READ = `coalesce((SELECT r.replaced_at FROM article_revisions r WHERE r.article_seq = a.seq
  ORDER BY r.ord DESC, r.seq DESC LIMIT 1), a.ingested_at)`;
export const NEXT_ORD = `coalesce((SELECT max(r.ord) FROM article_revisions r WHERE r.article_seq = a.seq), 0) + 1`;

/** The kept versions of an article, oldest first: in the order of their own time. */
export async function listRevisions(pool: pg.Pool, id: string): Promise<ArticleRevision[]> {
  const { rows } = await pool.query<{
    replaced_at: Date;
    title: string | null;
    text: string;
    modified_at: string | null;
  }>(
    `SELECT r.replaced_at, r.title, r.text, r.modified_at FROM article_revisions r
     JOIN articles a ON a.seq = r.article_seq WHERE a.id = $1 ORDER BY r.ord, r.seq`,
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
  const now = new Date().toISOString();
  for (const version of versions) {
    const text = version.text.replaceAll('\u0000', '\uFFFD');
    // none for an unknown article, its present version or a version kept already
    const found = await client.query<{ seq: string; ingested_at: Date }>(
      `SELECT a.seq, a.ingested_at FROM articles a
       WHERE a.id = $1 AND (a.title IS DISTINCT FROM $2 OR a.text <> $3)
         AND NOT EXISTS (SELECT 1 FROM article_revisions r WHERE r.article_seq = a.seq
                         AND r.text = $3 AND r.title IS NOT DISTINCT FROM $2)
       FOR UPDATE`,
      [version.id, version.title, text],
    );
    const article = found.rows[0];
    if (article === undefined) {
      kept.push(false);
      continue;
    }
    const { rows } = await client.query<{
      seq: string;
      ord: number;
      replaced_at: Date;
      read_at: Date | null;
      modified_at: string | null;
      published_at: string | null;
    }>(
      `SELECT seq, ord, replaced_at, read_at, modified_at, published_at FROM article_revisions
       WHERE article_seq = $1 ORDER BY ord, seq`,
      [article.seq],
    );
    // before the first kept version later than it; the one before it now replaced by it, read now
    const place = placeEarlier(
      rows.map((r) => ({
        seq: Number(r.seq),
        ord: r.ord,
        replacedAt: r.replaced_at.toISOString(),
        readAt: r.read_at?.toISOString() ?? null,
        modifiedAt: r.modified_at,
        publishedAt: r.published_at,
      })),
      version,
      article.ingested_at.toISOString(),
    );
    if (place.before)
      await client.query('UPDATE article_revisions SET replaced_at = $1 WHERE seq = $2', [
        now,
        place.before.seq,
      ]);
    await client.query(
      `INSERT INTO article_revisions (article_seq, replaced_at, title, text, modified_at, published_at, read_at, ord)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        article.seq,
        place.replacedAt,
        version.title,
        text,
        version.modifiedAt,
        version.publishedAt ?? null,
        now,
        place.ord,
      ],
    );
    kept.push(true);
  }
  return kept;
}
