import { publishedInstant, publishedShown } from './published.ts';

// Which of two versions of one page (saved before and after its correction) is the later: one rule
// for `analyze` (stages/syndicate/versions.ts, which reads the later version only) and the store's
// ingest (which keeps the later version, the earlier as its revision), so both read the same text.

/** The dates a version of a page gives: when it was published and when it last changed. */
export interface VersionDates {
  readonly publishedAt?: string | null;
  readonly modifiedAt?: string | null;
}

// A version's change time: its writer's day, and its instant when a time of day is given (a date
// alone, or one given at its midnight, is a day only: "2026-11-18" is any time of that day).
interface ChangeTime {
  readonly day: string;
  readonly instant: number | null;
}

function timeOf(at: string | null | undefined): ChangeTime | null {
  const shown = publishedShown(at);
  if (!at || !shown) return null;
  if (shown.length === 10) return { day: shown, instant: null };
  const instant = publishedInstant(at);
  return Number.isNaN(instant) ? null : { day: at.trim().slice(0, 10), instant };
}

// 1 when `a` is later than `b`, -1 when earlier, null when their order is not known: the same time,
// or the same day where either gives a day only.
function order(a: ChangeTime, b: ChangeTime): 1 | -1 | null {
  if (a.instant !== null && b.instant !== null)
    return a.instant > b.instant ? 1 : a.instant < b.instant ? -1 : null;
  return a.day > b.day ? 1 : a.day < b.day ? -1 : null;
}

// When a version last changed: its `modifiedAt`, never earlier than its own `publishedAt` (a
// date-only modifiedAt on its publication's day stays a day only: its order against a time that day
// is not known); its `publishedAt` without one.
function changeTime(version: VersionDates): ChangeTime | null {
  const published = timeOf(version.publishedAt);
  const modified = timeOf(version.modifiedAt);
  if (!modified || !published) return modified ?? published;
  return order(modified, published) === -1 ? published : modified;
}

/**
 * Whether version `a` of a page changed later than version `b`: 1 later, -1 earlier, null when not
 * known (no date, the same time, or the same day where one gives a day only).
 * @example
 * laterVersion({ publishedAt: '2026-11-18T10:00:00+01:00', modifiedAt: '2026-11-19' },
 *   { publishedAt: '2026-11-18T10:00:00+01:00' }); // 1
 */
export function laterVersion(a: VersionDates, b: VersionDates): 1 | -1 | null {
  const [ta, tb] = [changeTime(a), changeTime(b)];
  return ta && tb ? order(ta, tb) : null;
}

/**
 * Whether two versions of a page last changed on one day (the writer's calendar day), or null when
 * either gives no date: what tells a page overwritten each day apart from a page corrected.
 * @example
 * changedOnOneDay({ publishedAt: '2026-11-18T23:00:00+01:00' }, { publishedAt: '2026-11-19T07:00:00+01:00' }); // false
 */
export function changedOnOneDay(a: VersionDates, b: VersionDates): boolean | null {
  const [ta, tb] = [changeTime(a), changeTime(b)];
  return ta && tb ? ta.day === tb.day : null;
}

/** Whether a version of a page gives a date its change can be read from (a publishedAt or modifiedAt). */
export function givesDate(version: VersionDates): boolean {
  return changeTime(version) !== null;
}

/**
 * The version of a page later than every other, or none when any two's order is not known.
 * @example
 * latestVersion([retracted, corrected]); // corrected, when its modifiedAt is later
 */
export function latestVersion<T extends VersionDates>(versions: readonly T[]): T | undefined {
  return versions.find((v) => versions.every((o) => o === v || laterVersion(v, o) === 1));
}

/** The time shown for a version's last change: its modifiedAt, else its publishedAt. */
export function changedAtLabel(version: VersionDates): string {
  return version.modifiedAt ?? version.publishedAt ?? 'at a time not given';
}
