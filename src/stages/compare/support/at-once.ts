import { AT_ONCE } from '../data/modality-cues.ts';
import type { Reading } from './reading.ts';

// Whether a reading's sentence tells its event as happening at once ("will close immediately").
const toldAtOnce = (r: Reading): boolean => {
  const words = r.claim.tokens.map((t) => t.norm);
  return AT_ONCE.some((phrase) => {
    const p = phrase.split(' ');
    return words.some((_, i) => p.every((w, k) => words[i + k] === w));
  });
};

/**
 * Whether one reading tells its event as happening at once, naming no day, and the other names a day,
 * month or year for it without saying "at once" ("The branches will close immediately" / "The branches
 * will close on March 1, 2027"): two times for one event.
 */
export function onceAgainstDated(a: Reading, b: Reading): boolean {
  const one = (x: Reading, y: Reading) =>
    toldAtOnce(x) && x.dates.length === 0 && y.dates.length > 0 && !toldAtOnce(y);
  return one(a, b) || one(b, a);
}
