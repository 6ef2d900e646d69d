import type { Reading } from './reading.ts';
import { hasTimeWord } from './time-words.ts';

/**
 * Whether one reading tells its event as happening at once, naming no day, and the other names a day,
 * month or year for it without saying "at once" ("The branches will close immediately" / "The branches
 * will close on March 1, 2027"): two times for one event. "At once" is read as the support rules read
 * a time word (time-words.ts): "will meet immediately after the vote" times the meeting by the vote,
 * which may fall on the day the other names.
 */
export function onceAgainstDated(a: Reading, b: Reading): boolean {
  const one = (x: Reading, y: Reading) =>
    hasTimeWord(x) && x.dates.length === 0 && y.dates.length > 0 && !hasTimeWord(y);
  return one(a, b) || one(b, a);
}
