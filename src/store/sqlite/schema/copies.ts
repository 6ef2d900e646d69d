/**
 * Finding copies across ingests and coverage by leaning: a sample of each article's hashed 5-word
 * shingles (see `COPY_SAMPLE_EVERY`), looked up by shingle; the outlets a manifest describes. Run
 * after `splitArticleBodies` (../split-layout.ts), which brings a file of the first development
 * builds (version 1 in name, texts still in `articles`) to the present layout: those files failed
 * with "no such table: article_bodies". Articles stored before this version have no sample and are not found as originals.
 */
export const V3 = `
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
 * Shingle samples keyed by their article's week first (`shingleDay` of its `sort_at`: the first day
 * of its seven-day bucket): a feed stores its articles near their dates, so a batch's inserts land
 * in the few pages of one or two buckets instead of one page per sample across the whole table
 * (which, written back at every commit, made the insert cost of an article grow with the store); a
 * copy look-up reads only the buckets of its range. Built from the table of either layout, so a
 * file marked older than its tables migrates too.
 */
export const V7 = `
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
