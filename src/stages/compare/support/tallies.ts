import { talliesIn } from '../../../text/tally.ts';
import { RUNNING_TALLY_WORDS } from '../data/running.ts';
import { participantShare } from './event-dates.ts';
import { perReading, type Reading } from './reading.ts';
import { sharesPredicate } from './relations.ts';

// The tallies of a reading, each as its two numbers, larger first (text/tally.ts reads them).
const talliesOf = perReading((r: Reading): readonly string[] => talliesIn(r.claim.tokens));

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
