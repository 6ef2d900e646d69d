/** PostgreSQL's migrations from schema 8 on (migrations.ts runs them after the first seven). */

/**
 * A story page's piece beside its report (`storyPagePiece`: the report cut to what the served story
 * page shows): a first view reads it instead of the whole report. Null for reports stored before,
 * until their page is first shown.
 */
const V8 = 'ALTER TABLE stories ADD COLUMN IF NOT EXISTS report_page jsonb';

/**
 * The version that made each story's report (`REPORT_VERSION`, the report's `generator.version`): a
 * report made by another version is stale. Null for reports stored before, which are stale.
 */
const V9 = 'ALTER TABLE stories ADD COLUMN IF NOT EXISTS report_version text';

/**
 * The URL keys under one prefix (`hostOutlets`: the keys of one host's folder, `url_key LIKE
 * 'https://host/folder/%'`): the unique index on `url_key` (from schema 13 on `url_key, edition`) orders by the database's collation,
 * which serves no prefix match unless it is C; this one compares by bytes.
 */
const V10 = 'CREATE INDEX IF NOT EXISTS articles_url_key_prefix ON articles (url_key text_pattern_ops)';

/**
 * The story list's order: newest change first, then (stories changed at once, as the stories of one
 * fetch) newest article first, then by id as a number (its length, then its text: s4 before s11,
 * where the text alone put s11 first). A story's newest article time is kept on its row for it.
 */
const V11 = `
  ALTER TABLE stories ADD COLUMN IF NOT EXISTS last_at timestamptz;
  UPDATE stories s SET last_at = (SELECT max(m.sort_at) FROM memberships m WHERE m.story_id = s.id);
  CREATE INDEX IF NOT EXISTS stories_order
    ON stories (updated_at DESC, coalesce(last_at, '-infinity'::timestamptz) DESC, length(id), id);
`;

/**
 * An article's earlier versions: a page fetched again whose title or text changed (a correction)
 * keeps the version it replaces, with the time the store read the change (`articleRevisions`).
 */
const V12 = `
  CREATE TABLE IF NOT EXISTS article_revisions (
    seq bigserial PRIMARY KEY,
    article_seq bigint NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    replaced_at timestamptz NOT NULL,
    title text,
    text text NOT NULL,
    -- the version's own last change, as its page gave it
    modified_at text
  );
  CREATE INDEX IF NOT EXISTS article_revisions_article ON article_revisions (article_seq, seq);
`;

/**
 * Several articles at one address: a page overwritten each day (a "live updates" or "today's
 * briefing" page) is another article each day, where the unique URL key kept only the first day's.
 * An article's `edition` numbers the articles at its address (0 the first, then 1, 2, …), unique with
 * the URL key, so two ingesters storing one page at once still store it once; a new article at a
 * stored address takes the next one (`NewArticle.atStoredAddress`).
 */
const V13 = `
  ALTER TABLE articles ADD COLUMN IF NOT EXISTS edition int NOT NULL DEFAULT 0;
  CREATE UNIQUE INDEX IF NOT EXISTS articles_address ON articles (url_key, edition);
  DROP INDEX IF EXISTS articles_url_key;
`;

/**
 * Kept versions in the order of their own time: an earlier version met after a later one (kept late)
 * goes before the versions later than it, not after every version kept. `ord` orders an article's
 * versions (the sequence number of those kept before); `published_at` is the version's publication as
 * its page gave it, which orders it with `modified_at`; `read_at` is when the store read the version
 * (null before schema 14), which dates the change of the version before it.
 */
const V14 = `
  ALTER TABLE article_revisions ADD COLUMN IF NOT EXISTS published_at text;
  ALTER TABLE article_revisions ADD COLUMN IF NOT EXISTS read_at timestamptz;
  ALTER TABLE article_revisions ADD COLUMN IF NOT EXISTS ord double precision;
  UPDATE article_revisions SET ord = seq WHERE ord IS NULL;
`;

/**
 * The listing problems told on a run (a feed's item with no http(s) link), so that a later run tells
 * them as known, not as new failures (fetch/run.ts).
 */
const V15 = `
  CREATE TABLE IF NOT EXISTS fetch_notes (
    url text NOT NULL,
    note text NOT NULL,
    first_at timestamptz NOT NULL,
    PRIMARY KEY (url, note)
  );
`;

/** The migrations to schema 8, 9, … in order. */
export const LATER: readonly string[] = [V8, V9, V10, V11, V12, V13, V14, V15];
