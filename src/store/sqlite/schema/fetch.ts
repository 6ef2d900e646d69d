import type { Db } from '../db.ts';

/**
 * Fetch state (src/fetch/): followed sources, each feed's validators and health, and each page
 * fetched with its outcome; the raw page apart (compressed), so listing pages never reads it.
 */
export const V2 = `
  CREATE TABLE fetch_sources (
    name_key TEXT PRIMARY KEY,      -- the name lower-cased
    name TEXT NOT NULL,
    urls TEXT NOT NULL,             -- JSON array
    leaning TEXT,
    owner TEXT,
    every_ms INTEGER
  ) WITHOUT ROWID;

  CREATE TABLE fetch_feeds (
    url TEXT PRIMARY KEY,
    source TEXT,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT,
    ok_at TEXT,
    status INTEGER NOT NULL,
    error TEXT,
    attempts INTEGER NOT NULL,
    failures INTEGER NOT NULL,
    entries INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE fetch_pages (
    seq INTEGER PRIMARY KEY,        -- order first fetched
    url_key TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    final_url TEXT,
    source TEXT,
    feed_url TEXT,
    first_at TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    error TEXT,
    attempts INTEGER NOT NULL,
    article_id TEXT,
    content_type TEXT,
    listed TEXT                     -- JSON object, or null
  );
  CREATE INDEX fetch_pages_source ON fetch_pages (source, fetched_at);

  CREATE TABLE fetch_raw (
    seq INTEGER PRIMARY KEY REFERENCES fetch_pages (seq) ON DELETE CASCADE,
    raw BLOB NOT NULL               -- gzip
  );
`;

/**
 * A page's validators (ETag, Last-Modified), sent back when it is fetched again, and when its article
 * was first stored: a page fetched again moves `fetched_at`, and the articles a day counted for
 * `parallax sources` must not count it again. A column already there is left (SQLite has no
 * `ADD COLUMN IF NOT EXISTS`; a file marked older than its tables, as tests make, migrates too).
 */
export function pageValidators(db: Db): void {
  const columns = new Set(
    (db.handle.prepare('PRAGMA table_info(fetch_pages)').all() as { name: string }[]).map((c) => c.name),
  );
  for (const column of ['etag', 'last_modified', 'stored_at'])
    if (!columns.has(column)) db.handle.exec(`ALTER TABLE fetch_pages ADD COLUMN ${column} TEXT`);
  if (!columns.has('stored_at'))
    db.handle.exec(`UPDATE fetch_pages SET stored_at = fetched_at WHERE outcome = 'stored'`);
}

/**
 * The listing problems told on a run (a feed's item with no http(s) link), so that a later run tells
 * them as known, not as new failures (fetch/run.ts).
 */
export const V15 = `
  CREATE TABLE IF NOT EXISTS fetch_notes (
    url TEXT NOT NULL,
    note TEXT NOT NULL,
    first_at TEXT NOT NULL,
    PRIMARY KEY (url, note)
  ) WITHOUT ROWID;
`;
