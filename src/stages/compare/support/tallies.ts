import { RUNNING_TALLY_WORDS } from '../data/running.ts';
import { participantShare } from './event-dates.ts';
import { perReading, type Reading } from './reading.ts';
import { sharesPredicate } from './relations.ts';

// A tally written as two numbers joined by a dash ("voted 7-2", "won 88-72").
const TALLY = /^(\d{1,3})[-–](\d{1,3})$/;

// The tallies of a reading, each as its two numbers, larger first ("7-2" and "2-7" are one tally).
const talliesOf = perReading((r: Reading): readonly string[] => {
  return r.claim.tokens.flatMap((t) => {
    const m = TALLY.exec(t.text);
    if (!m) return [];
    const [x, y] = [Number(m[1]), Number(m[2])];
    return [`${Math.max(x, y)}-${Math.min(x, y)}`];
  });
});

/**
 * Two tallies of one event ("the council voted 7-2 to approve the plan" / "approved the plan 6-3"):
 * one tally on each side, another on each, told by a shared predicate, every name of one side named
 * on the other, or null.
 */
export function tallyClash(a: Reading, b: Reading): readonly [string, string] | null {
  const [ta, tb] = [talliesOf(a), talliesOf(b)];
  if (ta.length !== 1 || tb.length !== 1 || ta[0] === tb[0]) return null;
  // a record kept over a season or a career ("a record of 9-14" / "a 162-139 record") is of a day
  const running = (r: Reading) => r.claim.tokens.some((t) => RUNNING_TALLY_WORDS[t.norm] === true);
  if (running(a) || running(b)) return null;
  if (!sharesPredicate(a, b) && !sharesPredicate(b, a)) return null;
  // every name of one side told on the other: "beat the Velmar Stags 3-1" is no tally of "beat
  // the Dunmore Hawks 2-0"
  if (Math.max(participantShare(a, b), participantShare(b, a)) < 1) return null;
  return [ta[0] as string, tb[0] as string];
}
