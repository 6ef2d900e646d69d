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
