import type { Db } from '../db.ts';

/**
 * Story reports apart from the stories. A report is JSON of up to megabytes, and the story columns
 * stored after it (`report_as_of`, read for `reportStale`) made every story list walk its overflow
 * pages: 50 stories of 100 articles took 60 ms to list. `stories.report` stays, always null.
 */
export const V4 = `
  CREATE TABLE story_reports (
    story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    report TEXT NOT NULL            -- JSON
  );
  INSERT INTO story_reports (story_id, report) SELECT id, report FROM stories WHERE report IS NOT NULL;
  UPDATE stories SET report = NULL WHERE report IS NOT NULL;
`;

/**
 * Merges and splits of stories (`storyEvents`): a merged story's row is deleted and its id opens the
 * story it merged into, found here. (`IF NOT EXISTS`: a file marked older than its tables, as tests make,
 * migrates too.)
 */
export const V6 = `
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
 * A story page's piece beside its report (`storyPagePiece`: the report cut to what the served story
 * page shows, tens to hundreds of KB): a first view reads it instead of parsing a report of up to
 * 22 MB. Reports stored before have none (null) until their page is first shown. A column already
 * there is left (a file marked older than its tables, as tests make, migrates too).
 */
export function storyPages(db: Db): void {
  addColumn(db, 'story_reports', 'page');
}

/**
 * The version that made each story's report (`REPORT_VERSION`, the report's `generator.version`),
 * beside `report_as_of` so that a list reads staleness without the report: a report made by another
 * version is stale. Reports stored before have none (null) and are stale, computed again when next
 * asked for. A column already there is left (a file marked older than its tables, as tests make).
 */
export function reportVersions(db: Db): void {
  addColumn(db, 'stories', 'report_version');
}

/**
 * The story list's order as an index: newest change first, then (stories changed at once, as the
 * stories of one fetch) newest article first, then by id as a number (its length, then its text:
 * s4 before s11, where the text alone put s11 first).
 */
export const V11 = `CREATE INDEX IF NOT EXISTS stories_order
  ON stories (updated_at DESC, coalesce(last_at, '') DESC, length(id), id)`;

/** Add a nullable TEXT column unless the table has it already. */
function addColumn(db: Db, table: string, column: string): void {
  const columns = (db.handle.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
    (c) => c.name,
  );
  if (!columns.includes(column)) db.handle.exec(`ALTER TABLE ${table} ADD COLUMN ${column} TEXT`);
}
