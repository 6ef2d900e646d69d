import type { ClaimFigure } from '../../../text/quantities.ts';
import { OPEN_ABOVE } from '../data/bounds.ts';

/**
 * Whether one figure is a lower bound on a count ("at least three people") that the other's plain
 * value reaches ("10 people"): a bound says nothing of how far past it the count goes, so the two
 * agree, however far apart (the interval a qualifier gives, "at least 3" as 3 to 4.5, is for telling
 * what states a figure, not what denies it). Counts only: a reported length ("at least six weeks")
 * is an estimate with a side, and two bounds ("more than 26,000" / "more than 31,000") are compared
 * as they are.
 */
export function withinOpenBound(f: ClaimFigure, g: ClaimFigure): boolean {
  const reaches = (bound: ClaimFigure, plain: ClaimFigure) =>
    bound.qualifier !== null &&
    OPEN_ABOVE.has(bound.qualifier) &&
    plain.qualifier === null &&
    plain.value >= bound.value;
  return f.unit === null && g.unit === null && (reaches(f, g) || reaches(g, f));
}
