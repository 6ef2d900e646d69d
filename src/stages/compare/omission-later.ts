// An article written after every source of a fact that gives the fact's measure a value of its own
// ("Four people died in the storm, which damaged 310 homes" two days after "Storm Brannoc killed two
// people … and damaged around 140 homes"; "improved its pay offer to 6 percent" after "has offered 4
// percent") tells the fact as it stood later: it does not leave it out (omissions.ts).
import { type ClaimFigure, sameQuantity } from '../../text/quantities.ts';
import { bothHold } from './support/bounds.ts';
import { governors } from './support/figure-words.ts';
import type { Reading } from './support/index.ts';
import { oneMeasure } from './support/measures.ts';

// The stems a figure is told by: its governing words (`governors`: "offered 4 percent") and the
// nouns just before it ("its pay offer to 6 percent").
const toldBy = (f: ClaimFigure, r: Reading): string[] => [...governors(f, r), ...f.context];

/**
 * The figure of `b` that gives a figure of `a` another value of one measure, or undefined: one
 * quantity (`sameQuantity`: unit, rate, what it counts), values that cannot both hold (`bothHold`),
 * and the same measure told, by a word of one family ("killed" / "died": `oneMeasure`) or by a word
 * both figures are told by ("offered 4 percent" / "its pay offer to 6 percent"; not "a strike for 48
 * hours" / "the first strike in ten years"). For an article written
 * after every source of `a`'s fact only: a later value, not another account of the same moment.
 * @example
 * laterValueOf(read('Storm Brannoc killed two people.'), read('Four people died in the storm.')) // the four
 */
export function laterValueOf(a: Reading, b: Reading): ClaimFigure | undefined {
  if (!a.claim.figures.length) return undefined;
  return b.claim.figures.find((fb) =>
    a.claim.figures.some(
      (fa) =>
        fa.unit !== 'ordinal' &&
        sameQuantity(fa, fb) &&
        !bothHold(fa, fb) &&
        (oneMeasure(fa, a, fb, b) || toldBy(fa, a).some((w) => toldBy(fb, b).includes(w))),
    ),
  );
}
