import type { ArticleRevision, EarlierVersion } from '../article-types.ts';
import { type KeptVersion, placeEarlier, presentRead } from '../revision-place.ts';
import type { Db } from './db.ts';

/**
 * An article's earlier versions (`article_revisions`): kept when a page fetched again changed its
 * title or text (a correction), in the transaction that replaces the article, or met after the later
 * version (`keepEarlierVersions`); read for its page, in the order of their own time (`ord`).
 */

const INSERT = `INSERT INTO article_revisions (article_seq, replaced_at, title, text, modified_at,
  published_at, read_at, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

// An article's kept versions, in order.
function keptOf(db: Db, seq: number): KeptVersion[] {
  const rows = db
    .stmt(`SELECT seq, ord, replaced_at, read_at, modified_at, published_at FROM article_revisions
      WHERE article_seq = ? ORDER BY ord, seq`)
    .all(seq) as {
    seq: number;
    ord: number;
    replaced_at: string;
    read_at: string | null;
    modified_at: string | null;
    published_at: string | null;
  }[];
  return rows.map((r) => ({
    seq: r.seq,
    ord: r.ord,
    replacedAt: r.replaced_at,
    readAt: r.read_at,
    modifiedAt: r.modified_at,
    publishedAt: r.published_at,
  }));
}

/** Keep the stored version of the article at `seq` when `title` or `text` differs from it, replaced `at`. */
export function keepRevision(db: Db, seq: number, title: string | null, text: string, at: string): void {
  const before = db
    .stmt(`SELECT a.title, b.text, a.ingested_at, json_extract(b.article, '$.modifiedAt') AS modified,
        json_extract(b.article, '$.publishedAt') AS published
      FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.seq = ?`)
    .get(seq) as
    | {
        title: string | null;
        text: string;
        ingested_at: string;
        modified: string | null;
        published: string | null;
      }
    | undefined;
  if (before === undefined || (before.title === title && before.text === text)) return;
  const kept = keptOf(db, seq);
  db.stmt(INSERT).run(
    seq,
    at,
    before.title,
    before.text,
    before.modified,
    before.published,
    presentRead(kept, before.ingested_at),
    (kept.at(-1)?.ord ?? 0) + 1,
  );
}

/** The kept versions of an article, oldest first: in the order of their own time. */
export function listRevisions(db: Db, id: string): ArticleRevision[] {
  const rows = db
    .stmt(`SELECT r.replaced_at, r.title, r.text, r.modified_at FROM article_revisions r
      JOIN articles a ON a.seq = r.article_seq WHERE a.id = ? ORDER BY r.ord, r.seq`)
    .all(id) as { replaced_at: string; title: string | null; text: string; modified_at: string | null }[];
  return rows.map((r) => ({
    replacedAt: r.replaced_at,
    title: r.title,
    text: r.text,
    modifiedAt: r.modified_at,
  }));
}

/** Keep versions earlier than the stored ones, met after them, in one transaction (`Store.keepEarlierVersions`). */
export function keepEarlierVersions(db: Db, versions: readonly EarlierVersion[], now: string): boolean[] {
  return db.write(() =>
    versions.map((version) => {
      const row = db
        .stmt(`SELECT a.seq, a.title, b.text, a.ingested_at
          FROM articles a JOIN article_bodies b ON b.seq = a.seq WHERE a.id = ?`)
        .get(version.id) as
        | { seq: number; title: string | null; text: string; ingested_at: string }
        | undefined;
      if (row === undefined || (row.title === version.title && row.text === version.text)) return false;
      const known = db
        .stmt('SELECT 1 AS k FROM article_revisions WHERE article_seq = ? AND text = ? AND title IS ?')
        .get(row.seq, version.text, version.title);
      if (known !== undefined) return false;
      // before the first kept version later than it; the one before it now replaced by it, read now
      const place = placeEarlier(keptOf(db, row.seq), version, row.ingested_at);
      if (place.before)
        db.stmt('UPDATE article_revisions SET replaced_at = ? WHERE seq = ?').run(now, place.before.seq);
      const published = version.publishedAt ?? null;
      db.stmt(INSERT).run(
        row.seq,
        place.replacedAt,
        version.title,
        version.text,
        version.modifiedAt,
        published,
        now,
        place.ord,
      );
      return true;
    }),
  );
}
