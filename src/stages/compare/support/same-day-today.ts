import { parseIsoDay } from '../../../text/dates/days.ts';
import { type ClaimDate, dayOfDate } from './dates.ts';
import type { Reading } from './reading.ts';

/**
 * Whether claim date `d` is a "today" of `a` that `b` holds without naming it: `d` is the very day
 * `a` was written, `b` was written that same day and names no date of its own. A report written on
 * the day tells that day's news ("The ministry says 1,200 schools are fully closed today", in a live
 * blog of Dec. 3; "The ministry said 1,200 schools were fully closed", in a wire of Dec. 3); a
 * candidate of another day, or of an unknown one, or naming a day itself, does not hold it so.
 */
export function heldAsSameDay(d: ClaimDate, a: Reading, b: Reading): boolean {
  if (d.written !== 'today' || a.written === null || b.written === null || b.dates.length > 0) return false;
  const written = parseIsoDay(a.written.slice(0, 10));
  return written !== null && dayOfDate(d) === written && b.written.slice(0, 10) === a.written.slice(0, 10);
}
