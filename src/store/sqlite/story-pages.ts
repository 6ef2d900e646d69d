import type { StoryPagePiece } from '../../report/story-page-piece.ts';
import type { Db } from './db.ts';

/**
 * A story page's piece (schema 8: `story_reports.page`), written with its report by `storeReport`,
 * or later for a report stored without one.
 */

/** The piece stored with a story's report, or null (no report, or one stored before schema 8). */
export function readStoryPage(db: Db, storyId: string): StoryPagePiece | null {
  const row = db.stmt('SELECT page FROM story_reports WHERE story_id = ?').get(storyId) as
    | { page: string | null }
    | undefined;
  return row?.page ? (JSON.parse(row.page) as StoryPagePiece) : null;
}

/**
 * Store the piece cut from a story's stored report, unless that report was replaced meanwhile (the
 * stored one was generated at another time than the piece's): false when nothing was written.
 */
export function storeStoryPage(db: Db, storyId: string, page: StoryPagePiece): boolean {
  return db.write(
    () =>
      db
        .stmt(
          `UPDATE story_reports SET page = ? WHERE story_id = ? AND json_extract(report, '$.generatedAt') = ?`,
        )
        .run(JSON.stringify(page), storyId, page.report.generatedAt).changes > 0,
  );
}
