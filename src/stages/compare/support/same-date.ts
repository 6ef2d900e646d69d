import { WEEKDAY_NAMES } from '../../../text/calendar.ts';
import { weekdayOf } from '../../../text/dates/days.ts';
import { type ClaimDate, dayOfDate } from './dates.ts';

// Two dates of claims compared: whether they can be one day, whether one states the other, whether
// they surely differ (dates.ts reads them).

/** Whether date `b` can be the same as date `a` (what is known of both agrees). */
export function sameDate(a: ClaimDate, b: ClaimDate): boolean {
  if (a.monthDay && b.monthDay)
    return a.monthDay === b.monthDay && (a.year === null || b.year === null || a.year === b.year);
  // a month of a year: a date in that month of that same, known year
  if (a.month || b.month) {
    const monthOf = (d: ClaimDate) => d.month ?? (d.monthDay ? Number(d.monthDay.split('-')[0]) : null);
    return monthOf(a) !== null && monthOf(a) === monthOf(b) && a.year !== null && a.year === b.year;
  }
  if (a.weekday && b.weekday) return a.weekday === b.weekday;
  if (!a.monthDay && !b.monthDay && !a.weekday && !b.weekday)
    return a.year === null || b.year === null
      ? a.written === b.written
      : a.year === b.year && a.written === b.written;
  // "Wednesday" and "Dec. 27, 2023": the same day when that date is a Wednesday
  if (a.monthDay && b.weekday) return weekdayOfDate(a, a.year ?? b.year) === b.weekday;
  if (b.monthDay && a.weekday) return weekdayOfDate(b, b.year ?? a.year) === a.weekday;
  return false;
}

// The weekday of a month and day in a known year, else null.
function weekdayOfDate(d: ClaimDate, year: number | null): string | null {
  if (d.weekday) return d.weekday;
  const day = year === null ? null : dayOfDate({ ...d, year });
  return day === null ? null : (WEEKDAY_NAMES[weekdayOf(day)] ?? null);
}

/**
 * Whether date `e` of a candidate states date `a` of a claim at least as precisely. A calendar date
 * written in the claim ("Dec. 27") needs a calendar date (written, or a weekday the candidate's own
 * article date resolves); a weekday needs that weekday (or, resolved, the same calendar date); a
 * month that month, a year that year. A time counted from an unknown day of writing ("this week", an
 * undated "yesterday") is stated by nothing.
 */
export function holdsDate(a: ClaimDate, e: ClaimDate): boolean {
  if (a.deictic) return false;
  if (a.monthDay !== null && /\d/.test(a.written)) return e.monthDay !== null && sameDate(a, e);
  if (a.weekday) {
    if (e.weekday === a.weekday) return !(a.monthDay && e.monthDay) || sameDate(a, e);
    return a.monthDay !== null && e.monthDay !== null && sameDate(a, e);
  }
  if (a.month) {
    const monthOfE = e.month ?? (e.monthDay ? Number(e.monthDay.split('-')[0]) : null);
    return monthOfE === a.month && (a.year === null || e.year === a.year);
  }
  return sameDate(a, e);
}

/** Whether two dates surely differ (both days known and different). */
export function differentDay(a: ClaimDate, b: ClaimDate): boolean {
  if (a.monthDay && b.monthDay) return !sameDate(a, b);
  if (a.weekday && b.weekday) return a.weekday !== b.weekday;
  return false;
}
