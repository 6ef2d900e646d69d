import type { Conflict } from '../../model/index.ts';
import { evidenceKey } from './evidence-key.ts';

// A difference to check that shows again the sentences of another, side for side ("figure" of the
// 7-4 / 6-5 sentences beside the "vote count" difference of the same sentences), tells the reader
// nothing new: it is left out. Two differences of two named measures of the same sentences ("vote
// count" and "budget cut (percent)") both stay.

type Difference = Omit<Conflict, 'id'>;

// The measure a difference names, or null for a bare "figure".
const named = (d: Difference): string | null => (d.about === 'figure' ? null : d.about);

// Whether each side of `d` is held by its own side of `e` (two sides of `d` by two sides of `e`).
function heldSideForSide(d: Difference, e: Difference): boolean {
  const theirs = e.sides.map((s) => new Set(s.evidence.map(evidenceKey)));
  const used = new Set<number>();
  return d.sides.every((side) => {
    const keys = side.evidence.map(evidenceKey);
    if (!keys.length) return false;
    const at = theirs.findIndex((t, k) => !used.has(k) && keys.every((x) => t.has(x)));
    if (at < 0) return false;
    used.add(at);
    return true;
  });
}

/**
 * The differences without those that repeat another: a bare "figure" difference whose sides another
 * difference holds side for side, or one of the same measure so held (the first of two alike stays).
 */
export function withoutRepeats<T extends Difference>(differences: readonly T[]): T[] {
  return differences.filter(
    (d, i) =>
      !differences.some((e, k) => {
        if (k === i || !heldSideForSide(d, e)) return false;
        // a bare figure is repeated by any difference holding its sides, a named measure only by
        // the same measure; of two alike that hold each other, the later one goes
        if (named(d) !== null && named(d) !== named(e)) return false;
        if (named(d) === named(e)) return k < i || !heldSideForSide(e, d);
        return true;
      }),
  );
}
