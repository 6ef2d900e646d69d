import { outletTag } from './articles.ts';
import type { Db } from './db.ts';

/**
 * The conversion of a store file of the first development builds (2026-12-03, before 04:10 UTC),
 * which say schema version 1 but keep each article's text, JSON and grouping features in its
 * `articles` row and index them through an external-content FTS5 table with triggers, to the layout
 * every later version 1 has: the narrow `articles` row, its bulky part in `article_bodies`, and a
 * contentless FTS5 index (with the outlet's token) written by the store itself.
 */

/** True when the file's `articles` table still holds the texts (the layout before `article_bodies`). */
export function hasTextInArticles(db: Db): boolean {
  const columns = db.handle.prepare(`SELECT name FROM pragma_table_info('articles')`).all() as {
    name: string;
  }[];
  return columns.some((column) => column.name === 'text');
}

/**
 * Move a file of the old layout to the present one, inside the caller's transaction: the bodies out
 * of `articles`, the table rebuilt narrow (same sequence numbers, ids, keys and stories), the
 * full-text index rebuilt from the texts. Does nothing to a file already in the present layout.
 */
export function splitArticleBodies(db: Db): void {
  if (!hasTextInArticles(db)) return;
  db.handle.exec(`
    DROP TRIGGER IF EXISTS articles_fts_insert;
    DROP TRIGGER IF EXISTS articles_fts_delete;
    DROP TRIGGER IF EXISTS articles_fts_update;
    DROP TABLE IF EXISTS articles_fts;
    CREATE TABLE old_bodies AS SELECT seq, features, article, text FROM articles;
    CREATE TABLE articles_narrow (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      url_key TEXT UNIQUE,
      content_hash TEXT NOT NULL UNIQUE,
      outlet TEXT,
      outlet_key TEXT,
      title TEXT,
      published_at TEXT,
      sort_at TEXT NOT NULL,
      ingested_at TEXT NOT NULL,
      story_id TEXT REFERENCES stories (id) ON DELETE SET NULL
    );
    INSERT INTO articles_narrow
      SELECT seq, id, url_key, content_hash, outlet, outlet_key, title, published_at, sort_at,
             ingested_at, story_id
      FROM articles;
    DROP TABLE articles;
    ALTER TABLE articles_narrow RENAME TO articles;
    CREATE INDEX articles_sort ON articles (sort_at, seq);
    CREATE INDEX articles_story ON articles (story_id, sort_at);
    CREATE INDEX articles_outlet ON articles (outlet_key, seq);
    CREATE TABLE article_bodies (
      seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
      features TEXT,
      article TEXT NOT NULL,
      text TEXT NOT NULL
    );
    INSERT INTO article_bodies SELECT seq, features, article, text FROM old_bodies ORDER BY seq;
    DROP TABLE old_bodies;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
      title, text, outlet_tag,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0, 0.0)');
  `);
  // the outlet's token is a hash computed here, so the index is filled row by row
  const index = db.handle.prepare(
    'INSERT INTO articles_fts (rowid, title, text, outlet_tag) VALUES (?, ?, ?, ?)',
  );
  const rows = db.handle
    .prepare('SELECT a.seq, a.title, a.outlet, b.text FROM articles a JOIN article_bodies b ON b.seq = a.seq')
    .iterate() as Iterable<{ seq: number; title: string | null; outlet: string | null; text: string }>;
  for (const row of rows)
    index.run(row.seq, row.title, row.text, row.outlet === null ? null : outletTag(row.outlet));
}
