import type { Db } from './db.ts';
import { splitArticleBodies } from './split-layout.ts';

/**
 * The SQLite schema, as numbered migrations written by hand. The version is the file's
 * `PRAGMA user_version`; the file is marked as a Parallax store by `PRAGMA application_id`.
 * Migrations due run in one `BEGIN IMMEDIATE` transaction, so two processes opening a new file at
 * once never both migrate it: the second waits for the write lock, then finds nothing to do.
 */

/** `PRAGMA application_id` of a Parallax store ('PRLX'): another application's file is refused. */
export const APPLICATION_ID = 0x50524c58;

/**
 * The first schema. An article is two rows: a narrow one (keys, dates, outlet, story) that lists,
 * filters and moving between stories rewrite cheaply, and its bulky part apart (features first,
 * read at every grouping without walking past the text into overflow pages; then the JSON and the
 * text). The full-text index is contentless (it keeps no copy of the text) and is written in the
 * same transaction as the rows; articles are never deleted, and `contentless_delete` would allow it.
 */
const V1 = `
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    topic_id TEXT,
    article_count INTEGER NOT NULL,
    outlets TEXT NOT NULL,          -- JSON array, most articles first
    first_at TEXT,
    last_at TEXT,
    updated_at TEXT NOT NULL,       -- strictly increasing per story
    report TEXT,                    -- JSON; from schema 4 on in story_reports, null here
    report_as_of TEXT
  );
  CREATE INDEX stories_updated ON stories (updated_at);
  CREATE INDEX stories_last ON stories (last_at);

  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,        -- ingest order; the full-text index's rowid
    id TEXT NOT NULL UNIQUE,
    url_key TEXT UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    outlet TEXT,
    outlet_key TEXT,                -- the outlet lower-cased, for the case-insensitive filter
    title TEXT,
    published_at TEXT,              -- UTC ISO, or null when undated
    sort_at TEXT NOT NULL,          -- published_at, else ingested_at
    ingested_at TEXT NOT NULL,
    story_id TEXT REFERENCES stories (id) ON DELETE SET NULL
  );
  CREATE INDEX articles_sort ON articles (sort_at, seq);
  CREATE INDEX articles_story ON articles (story_id, sort_at);
  CREATE INDEX articles_outlet ON articles (outlet_key, seq);

  CREATE TABLE article_bodies (
    seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    features TEXT,                  -- the grouping features as JSON
    article TEXT NOT NULL,          -- the article as JSON, without id and text
    text TEXT NOT NULL              -- the body, apart from the JSON
  );

  CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, outlet_tag,        -- outlet_tag: one token standing for the outlet (see search.ts)
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  -- Titles weigh three times the text in the ranking; the outlet's token nothing.
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0, 0.0)');

  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

  CREATE TABLE locks (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    expires_at INTEGER NOT NULL     -- ms since the epoch
  ) WITHOUT ROWID;
`;

/**
 * Fetch state (src/fetch/): followed sources, each feed's validators and health, and each page
 * fetched with its outcome; the raw page apart (compressed), so listing pages never reads it.
 */
const V2 = `
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
 * Finding copies across ingests and coverage by leaning: a sample of each article's hashed 5-word
 * shingles (see `COPY_SAMPLE_EVERY`), looked up by shingle; the outlets a manifest describes. Run
 * after {@link splitArticleBodies}, which brings a file of the first development builds (version 1
 * in name, texts still in `articles`) to the present layout: those files failed with "no such table:
 * article_bodies". Articles stored before this version have no sample and are not found as originals.
 */
const V3 = `
  CREATE TABLE article_shingles (
    shingle INTEGER NOT NULL,       -- the 32-bit hash of a sampled 5-word shingle
    seq INTEGER NOT NULL,           -- the article's
    PRIMARY KEY (shingle, seq)
  ) WITHOUT ROWID;

  CREATE TABLE outlets (
    name_key TEXT PRIMARY KEY,      -- the name lower-cased
    name TEXT NOT NULL,
    leaning TEXT,
    owner TEXT,
    domains TEXT NOT NULL           -- JSON array
  ) WITHOUT ROWID;
`;

/**
 * Story reports apart from the stories. A report is JSON of up to megabytes, and the story columns
 * stored after it (`report_as_of`, read for `reportStale`) made every story list walk its overflow
 * pages: 50 stories of 100 articles took 60 ms to list. `stories.report` stays, always null.
 */
const V4 = `
  CREATE TABLE story_reports (
    story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    report TEXT NOT NULL            -- JSON
  );
  INSERT INTO story_reports (story_id, report) SELECT id, report FROM stories WHERE report IS NOT NULL;
  UPDATE stories SET report = NULL WHERE report IS NOT NULL;
`;

/**
 * A page's validators (ETag, Last-Modified), sent back when it is fetched again, and when its article
 * was first stored: a page fetched again moves `fetched_at`, and the articles a day counted for
 * `parallax sources` must not count it again. A column already there is left (SQLite has no
 * `ADD COLUMN IF NOT EXISTS`; a file marked older than its tables, as tests make, migrates too).
 */
function pageValidators(db: Db): void {
  const columns = new Set(
    (db.handle.prepare('PRAGMA table_info(fetch_pages)').all() as { name: string }[]).map((c) => c.name),
  );
  for (const column of ['etag', 'last_modified', 'stored_at'])
    if (!columns.has(column)) db.handle.exec(`ALTER TABLE fetch_pages ADD COLUMN ${column} TEXT`);
  if (!columns.has('stored_at'))
    db.handle.exec(`UPDATE fetch_pages SET stored_at = fetched_at WHERE outcome = 'stored'`);
}

/**
 * Merges and splits of stories (`storyEvents`): a merged story's row is deleted and its id opens the
 * story it merged into, found here. (`IF NOT EXISTS`: a file marked older than its tables, as tests make,
 * migrates too.)
 */
const V6 = `
  CREATE TABLE IF NOT EXISTS story_events (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,             -- 'merged' | 'split'
    story_id TEXT NOT NULL,         -- the story that ended (merged) or began (split)
    other_id TEXT NOT NULL,         -- the story it merged into, or was split off
    articles INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS story_events_story ON story_events (story_id, seq);
  CREATE INDEX IF NOT EXISTS story_events_other ON story_events (other_id, seq);
  CREATE INDEX IF NOT EXISTS story_events_at ON story_events (at);
`;

/**
 * Shingle samples keyed by their article's week first (`shingleDay` of its `sort_at`: the first day
 * of its seven-day bucket): a feed stores its articles near their dates, so a batch's inserts land
 * in the few pages of one or two buckets instead of one page per sample across the whole table
 * (which, written back at every commit, made the insert cost of an article grow with the store); a
 * copy look-up reads only the buckets of its range. Built from the table of either layout, so a
 * file marked older than its tables migrates too.
 */
const V7 = `
  CREATE TABLE article_shingles_by_day (
    day INTEGER NOT NULL,           -- the first day (since 1970-01-01, UTC) of the 7-day bucket of sort_at
    shingle INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (day, shingle, seq)
  ) WITHOUT ROWID;
  INSERT OR IGNORE INTO article_shingles_by_day (day, shingle, seq)
    SELECT d.day - ((d.day % 7) + 7) % 7, d.shingle, d.seq FROM (
      SELECT (unixepoch(a.sort_at) - CASE WHEN unixepoch(a.sort_at) < 0 THEN 86399 ELSE 0 END) / 86400 AS day,
             s.shingle, s.seq
      FROM article_shingles s JOIN articles a ON a.seq = s.seq) AS d;
  DROP TABLE article_shingles;
  ALTER TABLE article_shingles_by_day RENAME TO article_shingles;
`;

/**
 * A story page's piece beside its report (`storyPagePiece`: the report cut to what the served story
 * page shows, tens to hundreds of KB): a first view reads it instead of parsing a report of up to
 * 22 MB. Reports stored before have none (null) until their page is first shown. A column already
 * there is left (a file marked older than its tables, as tests make, migrates too).
 */
function storyPages(db: Db): void {
  const columns = (db.handle.prepare('PRAGMA table_info(story_reports)').all() as { name: string }[]).map(
    (c) => c.name,
  );
  if (!columns.includes('page')) db.handle.exec('ALTER TABLE story_reports ADD COLUMN page TEXT');
}

/** One migration: SQL, or a step that needs code (it runs in the same transaction). */
type Migration = string | ((db: Db) => void);

/** Every migration; index + 1 is the schema version it brings the file to. */
export const MIGRATIONS: readonly (Migration | readonly Migration[])[] = [
  V1,
  V2,
  [splitArticleBodies, V3],
  V4,
  pageValidators,
  V6,
  V7,
  storyPages,
];

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION: number = MIGRATIONS.length;

/** A pragma's single integer value. */
function pragma(db: Db, name: string): number {
  const row = db.handle.prepare(`PRAGMA ${name}`).get() as Record<string, number> | undefined;
  return row?.[name] ?? 0;
}

/**
 * Bring the file up to {@link SCHEMA_VERSION}; returns the version found. Throws a clear message for
 * a file of another application or of a newer Parallax, before changing anything.
 */
export function migrate(db: Db, location: string): number {
  const check = (version: number): void => {
    const app = pragma(db, 'application_id');
    if (app !== 0 && app !== APPLICATION_ID)
      throw new Error(`${location} is a SQLite database of another application, not a Parallax store`);
    if (version > SCHEMA_VERSION)
      throw new Error(
        `${location} has store schema version ${version}, newer than this Parallax knows ` +
          `(${SCHEMA_VERSION}): upgrade Parallax to open it`,
      );
    if (app === 0 && version === 0) {
      const tables = db.handle.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number };
      if (tables.n > 0) throw new Error(`${location} is a SQLite database but not a Parallax store`);
    }
  };
  const found = pragma(db, 'user_version');
  check(found);
  if (found === SCHEMA_VERSION) return found;
  return db.write(() => {
    // Read again under the write lock: another process may have migrated meanwhile.
    const current = pragma(db, 'user_version');
    check(current);
    for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
      for (const step of [MIGRATIONS[version - 1]].flat() as Migration[])
        if (typeof step === 'string') db.handle.exec(step);
        else step(db);
      db.handle.exec(`PRAGMA user_version = ${version}`);
    }
    db.handle.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
    return current;
  });
}
