// A time of publication as an article keeps it: ISO in the writer's own zone ("2026-10-12T09:15:00+02:00",
// so that its first ten characters are the writer's day, what "on Monday" is read against), in UTC
// ("…Z"), or a date alone. Times of two zones are compared as instants (`publishedInstant`), never as
// text, and shown in one zone, UTC (`publishedUtc`): as written, "09:15" (+02:00) read as after
// "08:30" (UTC) though it was 75 minutes before.

/**
 * The instant of a time of publication in epoch milliseconds, to compare times given in two zones;
 * a date alone is its midnight UTC; NaN for none.
 */
export function publishedInstant(at: string | null | undefined): number {
  const m = at ? ISO_TIME.exec(at.trim()) : null;
  if (!m) return at ? Date.parse(at.trim().slice(0, 10)) : Number.NaN;
  // no zone is UTC, as the dates read from pages are (not the machine's zone, as Date.parse takes it)
  const zone = m[3] ? (m[3].length === 5 ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : m[3]) : 'Z';
  return Date.parse(`${m[1]}T${m[2]}${zone.length === 3 ? `${zone}:00` : zone}`);
}

// a date-time as ISO writes it: date, time (a space for the T too), zone (Z, ±HH:MM, ±HHMM, ±HH) or none
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

// a time given at its midnight: "T00:00", "T00:00:00.000Z", " 00:00+02:00"
const MIDNIGHT = /^[T ]00:00(?::00)?(?:\.0+)?(?:[Zz]|[+-]|$)/;

/**
 * A time of publication as a reader compares it, in one zone: `2026-10-12 07:15 UTC` for
 * "2026-10-12T09:15:00+02:00"; a date alone, or one given at its midnight (mostly a date written as a
 * time), as the writer's day; null for none, or for a text that gives no ISO day.
 */
export function publishedUtc(at: string | null | undefined): string | null {
  if (!at) return null;
  const instant = publishedInstant(at);
  // a text that opens with no ISO day is no date to show (ten characters of "Sat, 05 Dec …" were)
  if (!ISO_TIME.test(at.trim()) || Number.isNaN(instant) || MIDNIGHT.test(at.trim().slice(10)))
    return /^\d{4}-\d{2}-\d{2}/.test(at.trim()) ? at.trim().slice(0, 10) : null;
  const utc = new Date(instant).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

/**
 * The days some articles were published over, as {@link publishedUtc} shows each (its UTC day, a date
 * alone as given), so that a story's span agrees with its cards: `2026-10-12 – 2026-10-13`, one day
 * alone, or '' when none is dated. (The writer's day of "2026-10-12T21:00:00-04:00" is the 12th; its
 * card reads "2026-10-13 01:00 UTC", and so does the span.)
 */
export function publishedDaySpan(times: readonly (string | null | undefined)[]): string {
  const days = times
    .map((at) => publishedUtc(at)?.slice(0, 10))
    .filter((day): day is string => Boolean(day))
    .sort();
  const [first, last] = [days[0], days.at(-1)];
  return !first ? '' : first === last ? first : `${first} – ${last}`;
}

/**
 * The days some articles were published over as a story's header says them: 'published 2026-10-16
 * (UTC)' when a time placed one in UTC, so the header's day is not read as the story's day beside a
 * timeline that gives the writer's ('2026-10-15 (from "Thursday evening")'); '' when none is dated.
 */
export function publishedSpanLabel(times: readonly (string | null | undefined)[]): string {
  const span = publishedDaySpan(times);
  const inUtc = times.some((at) => publishedUtc(at)?.endsWith(' UTC'));
  return span ? `published ${span}${inUtc ? ' (UTC)' : ''}` : '';
}
