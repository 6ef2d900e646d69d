import type { ClaimFigure } from '../../../text/quantities.ts';
import { STRICT_ABOVE, STRICT_BELOW } from '../data/bounds.ts';

// Relative slack for comparing a bound with a value written as the same number.
const SAME = 1e-9;

// `x` is a strict bound ("more than 90") that `y` allows no value past ("up to 90", "nearly 90").
const above = (x: ClaimFigure, y: ClaimFigure) =>
  x.qualifier !== null && STRICT_ABOVE.has(x.qualifier) && y.high <= x.value * (1 + SAME);
const below = (x: ClaimFigure, y: ClaimFigure) =>
  x.qualifier !== null && STRICT_BELOW.has(x.qualifier) && y.low >= x.value * (1 - SAME);

/**
 * Whether two figures whose intervals touch only at a strict bound's own value allow no value in
 * common: "more than 90% effective" and "up to 90% effective", "fewer than 40" and "at least 40".
 * A plain number at the bound ("more than 90" / "90") is a rounding, not apart.
 */
export const apartAtBound = (f: ClaimFigure, g: ClaimFigure): boolean =>
  f.unit === g.unit && (above(f, g) || above(g, f) || below(f, g) || below(g, f));
