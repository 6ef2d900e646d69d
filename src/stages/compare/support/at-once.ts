import { firstVerb, namedIn } from './named-in.ts';
import type { Reading } from './reading.ts';
import { hasTimeWord } from './time-words.ts';

/**
 * Whether one reading tells its event as happening at once, naming no day, and the other names a day,
 * month or year for it without saying "at once" ("The branches will close immediately" / "The branches
 * will close on March 1, 2027"): two times for one event. "At once" is read as the support rules read
 * a time word (time-words.ts): "will meet immediately after the vote" times the meeting by the vote,
 * which may fall on the day the other names. Each side's subject is told on the other ("the Orrin
 * tunnel will close immediately" / "the Orrin bridge … on March 1": two things, two times).
 */
export function onceAgainstDated(a: Reading, b: Reading): boolean {
  const one = (x: Reading, y: Reading) =>
    hasTimeWord(x) && x.dates.length === 0 && y.dates.length > 0 && !hasTimeWord(y);
  // of one thing: each side's subject told on the other ("the Orrin tunnel" / "the Orrin bridge": two)
  return (one(a, b) || one(b, a)) && namedIn(a, b, firstVerb(a)) && namedIn(b, a, firstVerb(b));
}
