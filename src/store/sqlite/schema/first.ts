/**
 * The first schema. An article is two rows: a narrow one (keys, dates, outlet, story) that lists,
 * filters and moving between stories rewrite cheaply, and its bulky part apart (features first,
 * read at every grouping without walking past the text into overflow pages; then the JSON and the
 * text). The full-text index is contentless (it keeps no copy of the text) and is written in the
 * same transaction as the rows; articles are never deleted, and `contentless_delete` would allow it.
 */
export const V1 = `
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
