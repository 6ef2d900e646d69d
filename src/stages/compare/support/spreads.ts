import { NUMBER_WORDS } from '../../../text/data/quantities.ts';
import { NUMBER_RE, YEAR_RE } from '../../../text/patterns.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { type FigureRange, rangesOf } from './ranges.ts';
import type { Reading } from './reading.ts';

// The range of `r` that `f` is one end of, if any.
const rangeOf = (f: ClaimFigure, r: Reading): FigureRange | undefined =>
  rangesOf(r).find((x) => x.low === f || x.high === f);

// The counts `r` writes outside its ranges, in digits or words, past years and "one".
function countsOutside(r: Reading, range: FigureRange): number[] {
  const inside = (start: number) => start >= range.low.span.start && start < range.high.span.end;
  return r.claim.tokens.flatMap((t) => {
    if (inside(t.start)) return [];
    if (NUMBER_RE.test(t.text) && !YEAR_RE.test(t.text)) return [Number(t.text.replace(/,/g, ''))];
    const word = NUMBER_WORDS[t.norm];
    return word !== undefined && word > 1 ? [word] : [];
  });
}

/**
 * Whether two clashing figures are ends of two spreads over groups each side counts otherwise
 * ("nine men … jail terms of between two and 14 years" / "six of them … jail terms ranging from
 * three to 14 years"): the spread of a larger group reaches further, so its ends are no conflict.
 */
export function spreadsOfOtherGroups(x: ClaimFigure, a: Reading, y: ClaimFigure, b: Reading): boolean {
  const [ra, rb] = [rangeOf(x, a), rangeOf(y, b)];
  if (!ra || !rb) return false;
  const [ca, cb] = [countsOutside(a, ra), countsOutside(b, rb)];
  return ca.length > 0 && cb.length > 0 && !ca.some((v) => cb.includes(v));
}
