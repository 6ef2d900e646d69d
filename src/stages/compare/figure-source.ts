// Whose count a figure of a claim is: the source extraction read for it ("according to the
// organisers", "Police said"), as the differences by source (sourced-counts.ts) and the coverage's ≠
// (other-value.ts) both read it. A source named beside another in apposition ("the organisers, the
// Fair Fuel Alliance") is that one.
import type { Figure } from '../../model/index.ts';
import type { ClaimFigure } from '../../text/quantities.ts';
import type { Claim } from './claims.ts';

/** A source's name as a key: lower case, without "the" ("The organisers" / "organisers"). */
export const sourceKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();

/**
 * The source extraction read for figure `f` of `claim` (the attributedTo of its figure's occurrence
 * inside the claim), as a `sourceKey`, or null where none is read.
 * @example
 * figureSource(claimOf('Police said 4,000 people took part.'), four000, figures) // 'police'
 */
export function figureSource(claim: Claim, f: ClaimFigure, figures: readonly Figure[]): string | null {
  for (const g of figures) {
    if (g.value !== f.value) continue;
    const k = g.occurrences.findIndex(
      (o) =>
        o.articleId === claim.articleId && o.span.start >= claim.span.start && o.span.end <= claim.span.end,
    );
    if (k < 0) continue;
    const who = g.tellings?.[k]?.attributedTo ?? (k === 0 ? g.attributedTo : null);
    if (who) return sourceKey(who);
  }
  return null;
}

/** Whether `text` puts source `b` in apposition to source `a` ("the organisers, the Fair Fuel Alliance"). */
export const inApposition = (text: string, a: string, b: string): boolean =>
  text.toLowerCase().includes(`${a}, the ${b}`);

/**
 * Whether two figures are counts of two named sources (`figureSource`), neither put in apposition to
 * the other in either claim: the police's 4,000 is no value of the organisers' 15,000.
 */
export function otherSources(
  a: Claim,
  fa: ClaimFigure,
  b: Claim,
  fb: ClaimFigure,
  figures: readonly Figure[],
): boolean {
  const x = figureSource(a, fa, figures);
  const y = figureSource(b, fb, figures);
  if (x === null || y === null || x === y) return false;
  return ![a.text, b.text].some((t) => inApposition(t, x, y) || inApposition(t, y, x));
}
