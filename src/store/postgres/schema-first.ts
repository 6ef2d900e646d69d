/** PostgreSQL's first seven migrations, schemas 1 to 7 (migrations.ts runs them, then schema-later.ts's). */

/** The text search configuration: words as they are (no stemming, no stop words), diacritics folded. */
const FOLDED_CONFIG = `
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE TEXT SEARCH CONFIGURATION parallax_folded (COPY = pg_catalog.simple);
  ALTER TEXT SEARCH CONFIGURATION parallax_folded
    ALTER MAPPING FOR word, hword, hword_part, asciiword, asciihword, hword_asciipart,
      numword, numhword, hword_numpart
    WITH unaccent, simple;
`;

/** The first schema: articles (with their search vector), stories with their reports, memberships. */
const V1 = `
  CREATE TABLE articles (
    seq bigserial PRIMARY KEY,
    id text NOT NULL UNIQUE,
    url_key text,
    content_hash text NOT NULL,
    outlet text,
    title text,
    published_at timestamptz,
    -- The article's publishedAt as it came, for search hits (the jsonb is not read for them).
    published text,
    ingested_at timestamptz NOT NULL,
    sort_at timestamptz GENERATED ALWAYS AS (coalesce(published_at, ingested_at)) STORED,
    -- The cleaned text apart (search hits read it for their snippet; reading one field of the
    -- jsonb would decompress all of it), and the rest of the article.
    text text NOT NULL,
    article jsonb NOT NULL,
    features jsonb,
    -- Written by the insert (a generated column would be computed again on every update of the row,
    -- as when the article joins a story).
    search tsvector NOT NULL
  );
  CREATE UNIQUE INDEX articles_url_key ON articles (url_key);
  CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
  CREATE INDEX articles_search ON articles USING gin (search);
  CREATE INDEX articles_sort_at ON articles (sort_at, seq);
  CREATE INDEX articles_outlet ON articles (lower(outlet));

  CREATE TABLE stories (
    id text PRIMARY KEY,
    title text NOT NULL,
    topic_id text,
    updated_at timestamptz NOT NULL,
    report jsonb,
    report_as_of timestamptz
  );
  CREATE INDEX stories_updated ON stories (updated_at DESC, id);

  -- Which story each article is in, apart from the articles: moving an article between stories
  -- rewrites this narrow row, not the article's (whose every index, the search one included, would
  -- take a new entry). Its time and outlet are copied here so a story's aggregates read only this.
  CREATE TABLE memberships (
    article_seq bigint PRIMARY KEY REFERENCES articles (seq),
    story_id text NOT NULL,
    sort_at timestamptz NOT NULL,
    outlet text
  );
  CREATE INDEX memberships_story ON memberships (story_id, sort_at, article_seq);
  CREATE INDEX memberships_sort_at ON memberships (sort_at);
`;

/**
 * Fetch state (src/fetch/): followed sources, each feed's validators and health, and each page
 * fetched with its outcome; the raw page apart (compressed), so listing pages never reads it.
 */
const V2 = `
  CREATE TABLE fetch_sources (
    name_key text PRIMARY KEY,
    name text NOT NULL,
    urls jsonb NOT NULL,
    leaning text,
    owner text,
    every_ms bigint
  );

  CREATE TABLE fetch_feeds (
    url text PRIMARY KEY,
    source text,
    etag text,
    last_modified text,
    checked_at timestamptz,
    ok_at timestamptz,
    status integer NOT NULL,
    error text,
    attempts integer NOT NULL,
    failures integer NOT NULL,
    entries integer NOT NULL
  );

  CREATE TABLE fetch_pages (
    seq bigserial PRIMARY KEY,
    url_key text NOT NULL UNIQUE,
    url text NOT NULL,
    final_url text,
    source text,
    feed_url text,
    first_at timestamptz NOT NULL,
    fetched_at timestamptz NOT NULL,
    status integer NOT NULL,
    outcome text NOT NULL,
    error text,
    attempts integer NOT NULL,
    article_id text,
    content_type text,
    listed jsonb
  );
  CREATE INDEX fetch_pages_source ON fetch_pages (source, fetched_at);

  CREATE TABLE fetch_raw (
    seq bigint PRIMARY KEY REFERENCES fetch_pages (seq) ON DELETE CASCADE,
    raw bytea NOT NULL
  );
`;

/**
 * Finding copies across ingests and coverage by leaning: a sample of each article's hashed 5-word
 * shingles (see `COPY_SAMPLE_EVERY`), looked up by shingle; the outlets a manifest describes.
 * Articles stored before this version have no sample and are not found as originals.
 */
const V3 = `
  CREATE TABLE article_shingles (
    shingle bigint NOT NULL,
    article_seq bigint NOT NULL REFERENCES articles (seq),
    PRIMARY KEY (shingle, article_seq)
  );

  CREATE TABLE outlets (
    name_key text PRIMARY KEY,
    name text NOT NULL,
    leaning text,
    owner text,
    domains jsonb NOT NULL
  );
`;

/**
 * Nothing: SQLite's schema 4 moves story reports apart from the stories, which PostgreSQL needs not
 * (TOAST keeps a large report out of the row already). An empty step keeps both backends' versions alike.
 */
const V4 = 'SELECT 1';

/**
 * A page's validators (ETag, Last-Modified), sent back when it is fetched again, and when its article
 * was first stored: a page fetched again moves `fetched_at`, and the articles a day counted for
 * `parallax sources` must not count it again.
 */
const V5 = `
  ALTER TABLE fetch_pages ADD COLUMN etag text;
  ALTER TABLE fetch_pages ADD COLUMN last_modified text;
  ALTER TABLE fetch_pages ADD COLUMN stored_at timestamptz;
  UPDATE fetch_pages SET stored_at = fetched_at WHERE outcome = 'stored';
`;

/**
 * Merges and splits of stories (`storyEvents`): a merged story's row is deleted and its id opens the
 * story it merged into, found here.
 */
const V6 = `
  CREATE TABLE IF NOT EXISTS story_events (
    seq bigserial PRIMARY KEY,
    at timestamptz NOT NULL,
    kind text NOT NULL CHECK (kind IN ('merged', 'split')),
    story_id text NOT NULL,
    other_id text NOT NULL,
    articles integer NOT NULL
  );
  CREATE INDEX IF NOT EXISTS story_events_story ON story_events (story_id, seq);
  CREATE INDEX IF NOT EXISTS story_events_other ON story_events (other_id, seq);
  CREATE INDEX IF NOT EXISTS story_events_at ON story_events (at);
`;

/**
 * Nothing: SQLite's schema 7 keys its shingle samples by day, so a batch's inserts stay in a few
 * pages of its file; PostgreSQL's shared buffers hold the shingle index. An empty step keeps both
 * backends' versions alike.
 */
const V7 = 'SELECT 1';

/** Schemas 1 to 7, in order. */
export const FIRST: readonly string[] = [FOLDED_CONFIG + V1, V2, V3, V4, V5, V6, V7];
