import type { Pool } from 'pg';
import type { Report } from '../../model/index.ts';
import type { StoryPagePiece } from '../../report/story-page-piece.ts';
import { mayReplace, reportTitle, reportVersionOf } from '../report-version.ts';
import { inTransaction } from './in-transaction.ts';
import { isoOrNull, toJsonb } from './rows.ts';

// A story's report, written with its page's piece and the version that made it (read by stories.ts
// and story-pages.ts).

/**
 * Store a story's report computed as of `asOf` (the story's `updatedAt` when it was read), unless a
 * report as of a later time, or of the same time and made by a newer version, is there already, with
 * its page's piece (null: none) and the version that made it (its `generator.version`). It stays
 * stale when the membership changed since. Returns false when the story is unknown.
 */
export async function storeReport(
  pool: Pool,
  storyId: string,
  report: Report,
  asOf: string,
  page: StoryPagePiece | null = null,
): Promise<boolean> {
  const at = isoOrNull(asOf);
  if (at === null) throw new Error(`saveReport: asOf is not a date: ${asOf}`);
  const version = reportVersionOf(report);
  let found = false;
  await inTransaction(pool, async (client) => {
    // the row locked while its stored report's time and version are weighed against this one's
    const stored = await client.query<{ later: boolean; same: boolean; report_version: string | null }>(
      `SELECT coalesce(report_as_of > $2, false) AS later, coalesce(report_as_of = $2, false) AS same,
         report_version FROM stories WHERE id = $1 FOR UPDATE`,
      [storyId, at],
    );
    const row = stored.rows[0];
    found = row !== undefined;
    if (row === undefined || row.later || (row.same && !mayReplace(row.report_version, version))) return;
    // the story is listed under the title its report heads it with
    await client.query(
      `UPDATE stories SET report = $2::jsonb, report_as_of = $3, report_page = $4::jsonb, report_version = $5,
         title = coalesce($6, title)
       WHERE id = $1`,
      [
        storyId,
        toJsonb(report),
        at,
        page === null ? null : toJsonb(page),
        version,
        reportTitle(report, storyId),
      ],
    );
  });
  return found;
}
