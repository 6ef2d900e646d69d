import type { Db } from '../db.ts';

/**
 * An article's earlier versions: a page fetched again whose title or text changed (a correction)
 * keeps the version it replaces, with the time the store read the change (`articleRevisions`).
 */
export const V12 = `
  CREATE TABLE IF NOT EXISTS article_revisions (
    seq INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    replaced_at TEXT NOT NULL,      -- when the store read the changed page
    title TEXT,
    text TEXT NOT NULL,
    modified_at TEXT                -- the version's own last change, as its page gave it
  );
  CREATE INDEX IF NOT EXISTS article_revisions_article ON article_revisions (article_seq, seq);
`;

/**
 * Kept versions in the order of their own time: an earlier version met after a later one (kept late)
 * goes before the versions later than it, not after every version kept (before, three versions met
 * backwards were kept out of order). `ord` orders an article's versions (the sequence number of those
 * kept before); `published_at` is the version's publication as its page gave it, which orders it with
 * `modified_at`; `read_at` is when the store read the version (null before schema 14), which dates
 * the change of the version before it ("replaced by the version the store read at …").
 */
export function V14(db: Db): void {
  // (a file marked older than its tables, as tests make, has them already)
  const has = new Set(
    db.handle
      .prepare(`SELECT name FROM pragma_table_info('article_revisions')`)
      .all()
      .map((row) => row.name as string),
  );
  for (const [column, type] of [
    ['published_at', 'TEXT'],
    ['read_at', 'TEXT'],
    ['ord', 'REAL'],
  ] as const)
    if (!has.has(column)) db.handle.exec(`ALTER TABLE article_revisions ADD COLUMN ${column} ${type}`);
  db.handle.exec('UPDATE article_revisions SET ord = seq WHERE ord IS NULL');
}
