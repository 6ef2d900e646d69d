// The version that made a stored report, for both backends: kept beside the report, and compared
// with this code's `REPORT_VERSION` wherever a story's staleness is read (lists, `staleStories`,
// `story`), so a report made by another Parallax is computed again like one whose articles changed.
import type { Report } from '../model/index.ts';
import { REPORT_VERSION } from '../version.ts';

/** The version that made a report, as stored with it: its `generator.version`; null when it names none. */
export function reportVersionOf(report: Report): string | null {
  const version = (report as { generator?: { version?: unknown } }).generator?.version;
  return typeof version === 'string' ? version : null;
}

/** This code's `REPORT_VERSION` as an SQL string literal, for the staleness test both backends inline. */
export const CURRENT_VERSION_SQL = `'${REPORT_VERSION.replaceAll("'", "''")}'`;
