import type { Report } from '../model/index.ts';

/** The report issue that names a stored article whose page was removed since (404 or 410 when asked again). */
export const PAGE_REMOVED = 'fetch/page-removed';

/**
 * What the report says of an article whose page was removed ("page removed: HTTP 404 when asked
 * again, first seen gone on 2026-12-04; …"), shown beside its "Original" link; null while it answers.
 */
export function removedNote(report: Report, articleId: string): string | null {
  return report.issues.find((i) => i.code === PAGE_REMOVED && i.articleId === articleId)?.message ?? null;
}
