/**
 * When a watched source is due again, as `watch` says it: the time of day in UTC when that is today's
 * (UTC) date, with the date otherwise ('nothing due before 2026-12-06 20:10:41 UTC'). A time alone read
 * as today's when it was tomorrow's: a source polled daily, or any due time past midnight UTC.
 * @example
 * dueAt(Date.parse('2026-12-06T20:10:41Z'), Date.parse('2026-12-05T21:00:00Z')) // '2026-12-06 20:10:41 UTC'
 */
export function dueAt(at: number, now: number): string {
  const [due, today] = [new Date(at).toISOString(), new Date(now).toISOString()];
  const time = `${due.slice(11, 19)} UTC`;
  return due.slice(0, 10) === today.slice(0, 10) ? time : `${due.slice(0, 10)} ${time}`;
}
