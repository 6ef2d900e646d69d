/**
 * Dates as the store keeps them: ISO-8601 in UTC with milliseconds, so that text order is time order.
 */

/**
 * An ISO date or date-time as UTC `YYYY-MM-DDTHH:MM:SS.sssZ`, or null when absent or unparsable
 * (a date alone is midnight UTC).
 */
export function isoOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A filter's `since` as UTC ISO; throws for text that is not a date (misuse, not content). */
export function sinceOrNull(since: string | undefined): string | null {
  if (since === undefined) return null;
  const iso = isoOrNull(since);
  if (iso === null) throw new Error(`not a date: ${since}`);
  return iso;
}
