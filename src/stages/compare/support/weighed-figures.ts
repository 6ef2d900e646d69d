// The figures of a reading that a clash weighs (clash.ts): its figures as read, with fractions and
// partitives, less those that say nothing on their own; the things it tells one of against the other
// side's count; and whether two readings hold figures of one unit at all.
import type { ClaimFigure } from '../../../text/quantities.ts';
import { countPhrases } from './count-phrases.ts';
import { withFractions } from './fractions.ts';
import { perReading, type Reading } from './reading.ts';
import { untrusted } from './untrusted.ts';

// A reading's figures with its fractions as percent ("three quarters of" = 75 percent) and its
// partitives ("seven of the men"), those of them that say something on their own, and each figure's
// governors: read once per reading, not once per pair it is judged in.
const figuresOf = perReading((r): readonly ClaimFigure[] => {
  const parts = countPhrases(r).filter((f) => f.value > 1);
  const apart = (f: ClaimFigure) =>
    !parts.some((x) => f.span.start < x.span.end && f.span.end > x.span.start);
  const all = parts.length
    ? [...r.claim.figures.filter(apart), ...parts].sort((x, y) => x.span.start - y.span.start)
    : r.claim.figures;
  return withFractions(all, r.claim.tokens);
});

/** The things `r` tells one of that the other side counts with a number of two or more. */
export const onesAgainst = (r: Reading, other: readonly ClaimFigure[]): ClaimFigure[] =>
  countPhrases(r).filter(
    (f) =>
      f.value === 1 &&
      other.some((g) => g.unit === null && g.counts === f.counts && g.low > 1) &&
      !r.claim.figures.some((g) => g.counts === f.counts),
  );
/** A reading's figures (with fractions and partitives) that say something on their own. */
export const trusted = perReading((r): readonly ClaimFigure[] =>
  figuresOf(r).filter((f) => !untrusted(f, r)),
);

// The units of a reading's figures, past ordinals, which no clash pairs: of its figures as read (what
// told-alike.ts, one-thing.ts and inventoryClash pair) and of those clashingFigure weighs.
const unitsOf = (fs: readonly ClaimFigure[]): ReadonlySet<string | null> =>
  new Set(fs.filter((f) => f.unit !== 'ordinal').map((f) => f.unit));
const toldUnits = perReading((r) => unitsOf(r.claim.figures));
const weighedUnits = perReading((r) => unitsOf(trusted(r)));
const meet = (x: ReadonlySet<string | null>, y: ReadonlySet<string | null>): boolean => {
  for (const u of x) if (y.has(u)) return true;
  return false;
};

/**
 * Whether the two sides hold figures of one unit (not ordinals): each clash of two figures that may
 * fire under the related floor pairs a figure of one side with one of the same unit on the other,
 * both as read (told-alike.ts, one-thing.ts, inventoryClash) or both weighed by clashingFigure (a
 * thing told by "one" with a count), so where none is shared, none is found.
 */
export function shareFigureUnit(a: Reading, b: Reading): boolean {
  const [wa, wb] = [weighedUnits(a), weighedUnits(b)];
  return (
    meet(toldUnits(a), toldUnits(b)) ||
    meet(wa, wb) ||
    (wb.has(null) && onesAgainst(a, trusted(b)).length > 0) ||
    (wa.has(null) && onesAgainst(b, trusted(a)).length > 0)
  );
}

/**
 * The only figure of its unit and counted thing in its sentence: with several ("404 yards … 440
 * yards"), which one another sentence's value answers is a guess.
 */
export const alone = (f: ClaimFigure, r: Reading): boolean =>
  figuresOf(r).filter((g) => g.unit === f.unit && g.counts === f.counts).length === 1;
