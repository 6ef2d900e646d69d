import type { Token } from '../../../model/index.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { type TallySpan, tallySpansIn } from '../../../text/tally.ts';
import { RUNNING_TALLY_WORDS } from '../data/running.ts';
import { participantShare } from './event-dates.ts';
import { perReading, type Reading } from './reading.ts';
import { sharesPredicate } from './relations.ts';

// The tallies of a reading, each as its two numbers, larger first, with the tokens that write it
// (text/tally.ts reads them).
const spansOf = perReading((r: Reading): readonly TallySpan[] => tallySpansIn(r.claim.tokens));
const talliesOf = (r: Reading): readonly string[] => spansOf(r).map((t) => t.tally);

/**
 * Whether figure f of `a` is a count of a tally `b` tells alike ("by five votes to four" / "voted
 * five to four"): the tally holds both its counts, whatever each side writes beside them. The figure
 * must be written within the tally: "voted five to four … to cut four jobs" holds no count of jobs.
 */
export function heldByTally(f: ClaimFigure, a: Reading, b: Reading): boolean {
  const theirs = talliesOf(b);
  if (theirs.length === 0) return false;
  const tokens = a.claim.tokens;
  return spansOf(a).some(
    (t) =>
      theirs.includes(t.tally) &&
      t.tally.split('-').map(Number).includes(f.value) &&
      f.span.start >= (tokens[t.first] as Token).start &&
      f.span.end <= (tokens[t.last] as Token).end,
  );
}

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
