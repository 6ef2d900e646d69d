// A time of publication as an article keeps it: ISO in the writer's own zone ("2026-10-12T09:15:00+02:00",
// so that its first ten characters are the writer's day, what "on Monday" is read against), in UTC
// ("…Z"), or a date alone. Times of two zones are compared as instants (`publishedInstant`), never as
// text: as written, "09:15" (+02:00) reads as after "08:30" (UTC) though it was 75 minutes before.
// They are shown as the outlet printed them, in its own zone with its offset (`publishedShown`), so
// an evening article is not moved to the next day by a conversion to UTC.

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
 * A time of publication as a report shows it, in the zone it was published in: the writer's day and
 * clock with the offset ("2026-11-06 21:15 UTC-05:00" for "2026-11-06T21:15:00-05:00"), "… UTC" for a
 * time in UTC or given with no zone (the store keeps its times in UTC, and pages' zoneless times are
 * read as UTC); a date alone, or one given at its midnight (mostly a date written as a time), as the
 * writer's day; null for none, or for a text that gives no ISO day. Its first ten characters are
 * always the day shown. (JSON keeps the time as given, with its offset: one instant.)
 */
export function publishedShown(at: string | null | undefined): string | null {
  if (!at) return null;
  const text = at.trim();
  const m = ISO_TIME.exec(text);
  // a text that opens with no ISO day is no date to show (ten characters of "Sat, 05 Dec …" were)
  if (!m || Number.isNaN(publishedInstant(text)) || MIDNIGHT.test(text.slice(10)))
    return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : null;
  return `${m[1]} ${(m[2] as string).slice(0, 5)} ${zoneShown(m[3])}`;
}

// An ISO zone as shown: "UTC" for Z, none or a zero offset, else "UTC-05:00", "UTC+05:30" (from
// "±HH:MM", "±HHMM" or "±HH").
function zoneShown(zone: string | undefined): string {
  if (!zone || /^z$/i.test(zone)) return 'UTC';
  const [hh, mm] = [zone.slice(1, 3), zone.length > 3 ? zone.slice(-2) : '00'];
  return hh === '00' && mm === '00' ? 'UTC' : `UTC${zone[0]}${hh}:${mm}`;
}

/**
 * The day of a time of publication in UTC, to order days across zones (a report of 23:00 at -05:00
 * comes after one written five hours earlier at +02:00, though its writer's day is the earlier):
 * "2026-11-07" for "2026-11-06T21:15:00-05:00"; a date alone, or one given at its midnight, as the
 * writer's day; null for none. Not for showing: a report shows the writer's day (`publishedShown`).
 */
export function publishedUtcDay(at: string | null | undefined): string | null {
  const shown = publishedShown(at);
  if (!shown || shown.length === 10) return shown;
  return new Date(publishedInstant(at)).toISOString().slice(0, 10);
}

/**
 * Whether two times of publication tell no order between their articles: `'time'` where they name
 * one instant (a release two outlets ran at the same minute), `'day'` where either gives its day alone
 * (or a midnight, mostly a date written as a time) and the writers' days are one; null otherwise, or
 * where either is missing.
 * @example
 * publishedTogether('2027-04-12', '2027-04-12T09:30:00Z') // 'day'
 */
export function publishedTogether(
  a: string | null | undefined,
  b: string | null | undefined,
): 'time' | 'day' | null {
  const [x, y] = [publishedShown(a), publishedShown(b)];
  if (!x || !y) return null;
  if (x.length === 10 || y.length === 10) return x.slice(0, 10) === y.slice(0, 10) ? 'day' : null;
  return publishedInstant(a) === publishedInstant(b) ? 'time' : null;
}

/** How a copy's note tells a pair `publishedTogether` found: which came first is not known. */
export const togetherNote = (together: 'time' | 'day'): string =>
  `${together === 'day' ? 'published the same day' : 'published at the same time'}: which came first is not known`;

/**
 * The days some articles were published over, as {@link publishedShown} shows each (the writer's
 * day), so that a story's span agrees with its cards and its timeline: `2026-11-06 – 2026-11-07`, one
 * day alone, or '' when none is dated. ("2026-11-06T21:15:00-05:00" is the 6th, as its outlet printed it.)
 */
export function publishedDaySpan(times: readonly (string | null | undefined)[]): string {
  const days = times
    .map((at) => publishedShown(at)?.slice(0, 10))
    .filter((day): day is string => Boolean(day))
    .sort();
  const [first, last] = [days[0], days.at(-1)];
  return !first ? '' : first === last ? first : `${first} – ${last}`;
}

/**
 * The days some articles were published over as a story's header says them: 'published 2026-10-15'
 * (each article's own day, as its card and the timeline give it); '' when none is dated.
 */
export function publishedSpanLabel(times: readonly (string | null | undefined)[]): string {
  const span = publishedDaySpan(times);
  return span ? `published ${span}` : '';
}
