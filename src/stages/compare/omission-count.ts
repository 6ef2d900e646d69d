import { type ClaimFigure, sameCounted, sameUnit, valuesAgree } from '../../text/quantities.ts';
import type { Reading } from './support/index.ts';

// A figure that says what it counts ("340 people"), not a bare number or a rank.
const counted = (f: ClaimFigure): boolean => f.counts !== null && f.unit !== 'ordinal';

/**
 * Whether `b` gives the count `a` tells of what happened, whatever else it tells around it: a figure
 * of `a` that says what it counts, at a value one of `b`'s agrees with, counting the same kind of thing
 * in the same unit and time frame ("340 people" / "about 340 migrants": `sameCounted`), and every one
 * of `a`'s predicates (at least one) told in `b` in the same mood and polarity. So "Marta Olsen said
 * 340 people were detained on Monday" is told by "…, a day after about 340 migrants crossed the river
 * and were detained", inside another speaker's report and beside a plan ("guards would go"). For
 * omissions only, where a fact wrongly listed is a false line. The rate is not compared: the figure
 * reader takes "a day after" for a rate ("340 a day"), and a count told at another rate is still that
 * count told.
 */
export function toldSameCount(a: Reading, b: Reading): boolean {
  const mine = a.claim.figures.filter(counted);
  if (!mine.length || !b.claim.figures.length) return false;
  const held = mine.some((fa) =>
    b.claim.figures.some(
      (fb) =>
        counted(fb) &&
        sameUnit(fa, fb) &&
        sameCounted(fa.counts as string, fb.counts as string) &&
        !(fa.frame && fb.frame && fa.frame !== fb.frame) &&
        valuesAgree(fa, fb),
    ),
  );
  if (!held || !a.predicates.length) return false;
  return a.predicates.every((p) => {
    const told = a.moods.get(p);
    const there = b.moods.get(p);
    return !!told && !!there && told.modality === there.modality && told.negated === there.negated;
  });
}
