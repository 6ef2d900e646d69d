import { type ClaimFigure, valuesAgree } from '../../../text/quantities.ts';
import { OPEN_ABOVE, OPEN_BELOW, STRICT_ABOVE, STRICT_BELOW } from '../data/bounds.ts';
import { withinOpenBound } from './open-bounds.ts';

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

/**
 * Whether two bounds both hold of some value: of one side ("at least 15,000" / "more than 24,000"),
 * or a floor under a ceiling ("at least 45 years" / "up to 119 years"; not "more than 90%" / "up to
 * 90%"). A bound leaves one side open, past the interval its qualifier gives ("at least six weeks" is
 * 42 to 52.5 days as a telling of the value, but no ceiling).
 */
export function boundsMeet(f: ClaimFigure, g: ClaimFigure): boolean {
  const [p, q] = [f.qualifier, g.qualifier];
  if (p === null || q === null) return false;
  if ((OPEN_ABOVE.has(p) && OPEN_ABOVE.has(q)) || (OPEN_BELOW.has(p) && OPEN_BELOW.has(q))) return true;
  const [floor, ceiling] = OPEN_ABOVE.has(p) && OPEN_BELOW.has(q) ? [f, g] : OPEN_ABOVE.has(q) ? [g, f] : [];
  if (!floor || !ceiling || !OPEN_BELOW.has(ceiling.qualifier ?? '')) return false;
  const strict = STRICT_ABOVE.has(floor.qualifier ?? '') || STRICT_BELOW.has(ceiling.qualifier ?? '');
  return strict ? floor.value < ceiling.value : floor.value <= ceiling.value;
}

/**
 * Whether two values of one quantity can both be true, as the differences to check read them: their
 * qualifier intervals overlap (`valuesAgree`, not only at a strict bound's own value), they are
 * bounds that both hold (`boundsMeet`: "at least six weeks" / "up to three months"), or a plain count
 * reaches a lower bound (`withinOpenBound`: "at least three people" / "ten people"). Where they
 * cannot, an article's sentence gives the other's figure another value (coverage's ≠).
 */
export const bothHold = (f: ClaimFigure, g: ClaimFigure): boolean =>
  (valuesAgree(f, g) && !apartAtBound(f, g)) || boundsMeet(f, g) || withinOpenBound(f, g);
