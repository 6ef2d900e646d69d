import type { Db } from '../db.ts';

/**
 * Several articles at one address: a page overwritten each day (a "live updates" or "today's
 * briefing" page) is another article each day, where the unique URL key kept only the first day's.
 * An article's `edition` numbers the articles at its address (0 the first, then 1, 2, …), unique with
 * the URL key; a new article at a stored address takes the next one (`NewArticle.atStoredAddress`).
 * SQLite drops a column's UNIQUE only by building the table again: the narrow `articles` table is
 * copied whole (same sequence numbers, which the bodies, revisions, shingles and full-text index are
 * keyed by), with foreign keys off for the migration (`migrate`), then checked before it commits:
 * the rows naming an article, and the articles naming a story, broken by the rebuild (a row broken
 * before it, old damage the rebuild neither made nor mends, does not stop the store from opening).
 */
export function V13(db: Db): void {
  const before = brokenReferences(db);
  db.handle.exec(`
    CREATE TABLE articles_v13 (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      url_key TEXT,
      content_hash TEXT NOT NULL UNIQUE,
      outlet TEXT,
      outlet_key TEXT,
      title TEXT,
      published_at TEXT,
      sort_at TEXT NOT NULL,
      ingested_at TEXT NOT NULL,
      story_id TEXT REFERENCES stories (id) ON DELETE SET NULL,
      edition INTEGER NOT NULL DEFAULT 0, -- 0 the first article at its address, then 1, 2, …
      UNIQUE (url_key, edition)
    );
    INSERT INTO articles_v13 (seq, id, url_key, content_hash, outlet, outlet_key, title, published_at,
                              sort_at, ingested_at, story_id)
      SELECT seq, id, url_key, content_hash, outlet, outlet_key, title, published_at, sort_at,
             ingested_at, story_id
      FROM articles ORDER BY seq;
    DROP TABLE articles;
    ALTER TABLE articles_v13 RENAME TO articles;
    CREATE INDEX articles_sort ON articles (sort_at, seq);
    CREATE INDEX articles_story ON articles (story_id, sort_at);
    CREATE INDEX articles_outlet ON articles (outlet_key, seq);
  `);
  const broken = [...brokenReferences(db)].filter((row) => !before.has(row));
  if (broken.length)
    throw new Error(`schema 13: ${broken.length} rows name an article or story that is not stored`);
}

// The rows of `articles` and of the tables naming an article whose reference names no stored row,
// as "table rowid parent" (`PRAGMA foreign_key_check` of those tables only: the rebuild touches no other).
function brokenReferences(db: Db): Set<string> {
  const tables = db.handle
    .prepare(`SELECT DISTINCT m.name FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND f."table" = 'articles'`)
    .all()
    .map((row) => row.name as string);
  const broken = new Set<string>();
  for (const table of ['articles', ...tables])
    for (const row of db.handle.prepare(`PRAGMA foreign_key_check("${table}")`).all())
      broken.add(`${row.table} ${row.rowid} ${row.parent}`);
  return broken;
}
