import { coverOf } from '../compare/support/cover.ts';
import type { Reading } from '../compare/support/index.ts';
import { IN_PART_MIN_COVER, IN_PART_RARE } from './patterns.ts';

const HIGHEST = new WeakMap<ReadonlyMap<string, number>, number>();
const highest = (idf: ReadonlyMap<string, number>): number => {
  let h = HIGHEST.get(idf);
  if (h === undefined) {
    h = -Infinity;
    for (const w of idf.values()) if (w > h) h = w;
    h -= 1e-9;
    HIGHEST.set(idf, h);
  }
  return h;
};

/**
 * Whether `b` tells `a` at least in part, in other words than the support judge takes as the same
 * event: `b` holds at least `least` of `a`'s IDF-weighted terms and most of `a`'s rarest terms that
 * some other sentence of the story has (IN_PART_RARE: its names and uncommon words, what makes it this
 * story's point and no other's), one of its figures' values when it tells one, its polarity, and
 * tells as happened what `a` tells as happened. "She had asked the ministry to scrap or lower the tolls
 * on the Arden and Belmont bridges or send more buses to the valley towns" is told in part by "[She]
 * had urged it to ease the tolls on the Arden and Belmont bridges and to provide more buses to the
 * valley" (in-part.test.ts), though the judge reads other predicates. For the single-source points
 * only, where a fact wrongly listed is a false line and one wrongly left out only a shorter list:
 * never for ✓ marks or citations.
 * @example
 * toldInPart(read(a), read(b), idf) // a, b: the two sentences above, in one story
 */
export function toldInPart(
  a: Reading,
  b: Reading,
  idf: ReadonlyMap<string, number>,
  least = IN_PART_MIN_COVER,
): boolean {
  // what happened is not told by a plan or a possibility ("met" / "are due to meet"), nor anything
  // by its denial ("signed" / "did not sign")
  if (a.negated !== b.negated || (a.modality === 'happened' && b.modality !== 'happened')) return false;
  const weight = (t: string): number => idf.get(t) ?? 0;
  // a term of one sentence only (the story's highest IDF) no other sentence can hold
  const once = highest(idf);
  const terms = [...a.claim.terms.keys()].filter((t) => weight(t) < once);
  if (terms.length < IN_PART_RARE.held || coverOf(a, b, idf) < least) return false;
  // the rarest terms, ties in the claim's order
  const rarest = terms
    .map((t, k) => ({ t, k }))
    .sort((x, y) => weight(y.t) - weight(x.t) || x.k - y.k)
    .slice(0, IN_PART_RARE.of);
  if (rarest.filter(({ t }) => b.claim.terms.has(t)).length < IN_PART_RARE.held) return false;
  const own = a.claim.figures;
  return !own.length || own.some((f) => b.claim.figures.some((g) => g.value === f.value));
}
