// The least cover at which a candidate may state a claim, by what anchors the claim (judge.ts).
import type { ClaimFigure } from '../../../text/quantities.ts';
import { ANCHORED_MIN_COVER, BARE_MIN_COVER, SUPPORT_MIN_COVER } from '../patterns.ts';
import { holdsFigure } from './quantities.ts';
import type { Reading } from './reading.ts';

/** A number written inside a word of a name ("the 76ers", "G7"): it anchors nothing. */
export function inName(f: ClaimFigure, r: Reading): boolean {
  const tokens = r.claim.tokens;
  const at = tokens.findIndex((t) => t.end > f.span.start);
  const t = tokens[at];
  const next = tokens[at + 1];
  if (!t || t.start > f.span.start || f.unit !== null) return false;
  return /\p{L}/u.test(t.text) || (next !== undefined && next.start === t.end && /^\p{L}/u.test(next.text));
}

/**
 * The least cover at which `b` may state `a`, by what anchors the claim: `anchored` when a number in
 * digits or a length of time of `a` is held by `b` with all its figures, `bare` when `a` has no number
 * and no date, else `normal`.
 */
export function coverFloor(a: Reading, b: Reading): { readonly path: CoverPath; readonly least: number } {
  // a number written in digits or a length, held by the candidate, anchors a looser wording
  const anchored =
    a.claim.figures.some((f) => (!f.worded && !inName(f, a)) || f.unit === 'days') &&
    a.claim.figures.every((f) => holdsFigure(f, b));
  if (anchored) return { path: 'anchored', least: ANCHORED_MIN_COVER };
  // nothing to anchor it (no number, no date): more of the claim's words must be told
  if (a.claim.figures.length === 0 && a.dates.length === 0) return { path: 'bare', least: BARE_MIN_COVER };
  return { path: 'normal', least: SUPPORT_MIN_COVER };
}

/** What anchors a claim's support check: a number held by the candidate, nothing, or neither (coverFloor). */
export type CoverPath = 'anchored' | 'bare' | 'normal';
