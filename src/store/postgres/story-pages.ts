import type { Pool } from 'pg';
import type { StoryPagePiece } from '../../report/story-page-piece.ts';
import { toJsonb } from './rows.ts';

/**
 * A story page's piece (schema 8: `stories.report_page`), written with its report by `storeReport`,
 * or later for a report stored without one.
 */

/** The piece stored with a story's report, or null (no report, or one stored before schema 8). */
export async function readStoryPage(pool: Pool, storyId: string): Promise<StoryPagePiece | null> {
  const found = await pool.query<{ report_page: StoryPagePiece | null }>(
    'SELECT report_page FROM stories WHERE id = $1',
    [storyId],
  );
  return found.rows[0]?.report_page ?? null;
}

/**
 * Store the piece cut from a story's stored report, unless that report was replaced meanwhile (the
 * stored one was generated at another time than the piece's): false when nothing was written.
 */
export async function storeStoryPage(pool: Pool, storyId: string, page: StoryPagePiece): Promise<boolean> {
  const saved = await pool.query(
    `UPDATE stories SET report_page = $2::jsonb WHERE id = $1 AND report->>'generatedAt' = $3`,
    [storyId, toJsonb(page), page.report.generatedAt],
  );
  return (saved.rowCount ?? 0) > 0;
}
