import type { ArticleRevision, EarlierVersion } from '../article-types.ts';
import type { Db } from './db.ts';

/**
 * An article's earlier versions (`article_revisions`): kept when a page fetched again changed its
 * title or text (a correction), in the transaction that replaces the article; read for its page.
 */

/** Keep the stored version of the article at `seq` when `title` or `text` differs from it. */
export function keepRevision(db: Db, seq: number, title: string | null, text: string, at: string): void {
  const before = db
    .stmt(`SELECT a.title, b.text, json_extract(b.article, '$.modifiedAt') AS modified
      FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.seq = ?`)
    .get(seq) as { title: string | null; text: string; modified: string | null } | undefined;
  if (before === undefined || (before.title === title && before.text === text)) return;
  db.stmt(
    'INSERT INTO article_revisions (article_seq, replaced_at, title, text, modified_at) VALUES (?, ?, ?, ?, ?)',
  ).run(seq, at, before.title, before.text, before.modified);
}

/** The kept versions of an article, oldest first: by when the store read the version after each. */
export function listRevisions(db: Db, id: string): ArticleRevision[] {
  const rows = db
    .stmt(`SELECT r.replaced_at, r.title, r.text, r.modified_at FROM article_revisions r
      JOIN articles a ON a.seq = r.article_seq WHERE a.id = ? ORDER BY r.replaced_at, r.seq`)
    .all(id) as { replaced_at: string; title: string | null; text: string; modified_at: string | null }[];
  return rows.map((r) => ({
    replacedAt: r.replaced_at,
    title: r.title,
    text: r.text,
    modifiedAt: r.modified_at,
  }));
}

/** Keep versions earlier than the stored ones, met after them, in one transaction (`Store.keepEarlierVersions`). */
export function keepEarlierVersions(db: Db, versions: readonly EarlierVersion[]): boolean[] {
  return db.write(() =>
    versions.map((version) => {
      const row = db
        .stmt(`SELECT a.seq, a.title, b.text, a.ingested_at,
            (SELECT max(r.replaced_at) FROM article_revisions r WHERE r.article_seq = a.seq) AS last
          FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.id = ?`)
        .get(version.id) as
        | { seq: number; title: string | null; text: string; ingested_at: string; last: string | null }
        | undefined;
      if (row === undefined || (row.title === version.title && row.text === version.text)) return false;
      const kept = db
        .stmt('SELECT 1 AS k FROM article_revisions WHERE article_seq = ? AND text = ? AND title IS ?')
        .get(row.seq, version.text, version.title);
      if (kept !== undefined) return false;
      // replaced when the store read the present version: at the article's ingest, or its last change
      const at = row.last !== null && row.last > row.ingested_at ? row.last : row.ingested_at;
      db.stmt(
        'INSERT INTO article_revisions (article_seq, replaced_at, title, text, modified_at) VALUES (?, ?, ?, ?, ?)',
      ).run(row.seq, at, version.title, version.text, version.modifiedAt);
      return true;
    }),
  );
}
