// Dates as whole UTC day numbers (days since 1970-01-01), so arithmetic is plain integers.

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date; null when the date does not exist (Feb 30). */
export function dayOf(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

/** The day number of an ISO date or date-time string ("2023-12-27", "2023-12-27T10:00:00Z"); null if unparsable. */
export function parseIsoDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!m) return null;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, month (1..12) and day of month of a day number. */
export function partsOf(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** Weekday of a day number: 0 = Sunday .. 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The Monday that starts the week holding `day`. */
export function weekStart(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** The first day of the month `shift` months from the one holding `day`. */
export function monthStart(day: number, shift = 0): number {
  const { year, month } = partsOf(day);
  return Date.UTC(year, month - 1 + shift, 1) / MS_PER_DAY;
}

/** The first day of the year `shift` years from the one holding `day`. */
export function yearStart(day: number, shift = 0): number {
  return Date.UTC(partsOf(day).year + shift, 0, 1) / MS_PER_DAY;
}
