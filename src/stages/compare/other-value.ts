// An article's sentence gives a fact's figure another value (coverage's ≠) only where both count one
// measure and the article nowhere gives the fact's own value: "The river peaked at 4.8 metres, almost
// two metres above its record" holds "reached 4.8 metres"; "Seven people were killed" counts no homes
// of "340 homes were evacuated, and about 900 residents spent the night"; "Police said 2,000 people took
// part" is no value of "Police said 30 people were arrested" (omissions.ts).

import { isAgeFigure } from '../../text/ages.ts';
import { otherStatus } from '../../text/count-status.ts';
import { type ClaimFigure, sameQuantity, surelySameQuantity, valuesAgree } from '../../text/quantities.ts';
import { RANGE_OPENERS } from './data/ranges.ts';
import { REPORTING_STEMS } from './data/word-forms.ts';
import { twoStages } from './support/bargain-stages.ts';
import { bothHold } from './support/bounds.ts';
import type { Reading } from './support/index.ts';
import { measureOf, oneMeasure } from './support/measures.ts';
import { rangesOf } from './support/ranges.ts';

// Whether one of `a`'s predicates, other than a verb of saying ("said", "told"), is told in `b`.
const predicateTold = (a: Reading, b: Reading): boolean =>
  a.predicates.some((p) => !REPORTING_STEMS.has(p) && b.allStems.has(p));

/**
 * Whether figure `fb` of `b` counts the measure `fa` of `a` counts: never an age, nor two stages of a
 * bargain (support/bargain-stages.ts: a demand, an offer, the deal); a value with a
 * unit (metres, a currency, a share) of the same unit; a count of people or things whose measure
 * either sentence tells ("killed", "injured", "took part") by a word of one family on both sides
 * ("killed" / "died": `oneMeasure`, not "arrested" / "took part"), else by one of `a`'s predicates
 * told in `b`.
 */
export function sameMeasure(fa: ClaimFigure, a: Reading, fb: ClaimFigure, b: Reading): boolean {
  if (isAgeFigure(fa) || isAgeFigure(fb)) return false;
  // a demand and an offer ("is asking for 6 percent" / "its offer of 3.5 percent") are two positions
  if (twoStages(fa, a, fb, b)) return false;
  if (fa.unit !== null || fb.unit !== null) return fa.unit === fb.unit;
  // "42 suspected cases" / "61 cases have been confirmed": two statuses, two measures
  if (otherStatus(fa, a.claim.tokens, fb, b.claim.tokens)) return false;
  // a count whose measure either sentence tells is one measure only where both tell it
  if (measureOf(fa, a) !== null || measureOf(fb, b) !== null) return oneMeasure(fa, a, fb, b);
  return predicateTold(a, b);
}

/**
 * The two ends a figure of `r` is one of, as one range ("between two and 14 years", "ranging from 2
 * to 14 years"), as the values it spans, or null: one of the reading's ranges (support/ranges.ts
 * `rangesOf`) with an opener right before its low end (RANGE_OPENERS: "rose from 2 to 14" is a change).
 */
export function rangeOf(f: ClaimFigure, r: Reading): readonly [number, number] | null {
  const text = r.claim.text.toLowerCase();
  for (const { low, high } of rangesOf(r)) {
    if (low !== f && high !== f) continue;
    const before = text.slice(0, low.span.start - r.claim.span.start).trimEnd();
    if (RANGE_OPENERS.some((opener) => before === opener || before.endsWith(` ${opener}`)))
      return [low.low, high.high];
  }
  return null;
}

// Whether figure `f` of `r` is an end of a range that reaches the single value `x` of `s`: "jail terms
// of between two and 14 years" holds "eight years" (of nine men, and one man's term among them); two
// ranges are two values of each end ("from two to 14 years" / "from 3 to 14 years" differ).
const inRange = (f: ClaimFigure, r: Reading, x: ClaimFigure, s: Reading): boolean => {
  const range = rangeOf(f, r);
  return range !== null && x.high >= range[0] && x.low <= range[1] && rangeOf(x, s) === null;
};

/**
 * The figure of `b` that gives a figure of `a` another value, or undefined: surely one quantity
 * (`surelySameQuantity`), values that cannot both hold (`bothHold`; nor a value inside a range the
 * other figure is an end of, `rangeOf`), one measure (`sameMeasure`), and
 * `a`'s value among none of `held` (the figures of the article's sentences, asked for when a value is
 * found): an article that gives the fact's value tells it, whatever other value it gives beside it.
 * With `shown` (the figures of the fact's shown sentence), only a figure of `a` that sentence gives
 * too: a supporter's other figures ("and eight years for the attack on a 35-year-old") are not the
 * fact's, and a ≠ on them could not be checked against the row. With `otherSource` (figure-source.ts
 * `otherSources`), none of two named sources' counts: the police's 4,000 is no value of the
 * organisers' 15,000 (review40-A F6).
 * @example
 * otherValueOf(read('Some 9,000 people took part.'), read('Police said 2,000 people took part.'), () => figuresOf('The organisers said 9,000 people had joined.')) // undefined
 */
export function otherValueOf(
  a: Reading,
  b: Reading,
  held: () => readonly ClaimFigure[],
  shown?: readonly ClaimFigure[],
  otherSource?: (fa: ClaimFigure, a: Reading, fb: ClaimFigure, b: Reading) => boolean,
): ClaimFigure | undefined {
  for (const fa of a.claim.figures) {
    // (a figure the fact's shown sentence does not give is no figure of it a reader could compare)
    if (shown && !shown.some((g) => sameQuantity(fa, g) && valuesAgree(fa, g))) continue;
    for (const fb of b.claim.figures) {
      if (!surelySameQuantity(fa, fb) || bothHold(fa, fb) || !sameMeasure(fa, a, fb, b)) continue;
      if (inRange(fa, a, fb, b) || inRange(fb, b, fa, a)) continue;
      if (otherSource?.(fa, a, fb, b)) continue;
      const given = held().some((g) => sameQuantity(fa, g) && valuesAgree(fa, g));
      if (!given) return fb;
    }
  }
  return undefined;
}
