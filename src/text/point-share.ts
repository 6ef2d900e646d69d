// A share of a point told in words: "a quarter-point cut", "a half-point rise", "half a point",
// "three-quarters of a percentage point" are 0.25, 0.5, 0.5 and 0.75 points, the values "25 basis
// points" and "0.5 percentage points" tell. Read by both figure readers (quantities.ts for the claims,
// extract/figures for the Figures table), as basis points are (quantities-unit.ts basisPointsAt).

import type { Token } from '../model/index.ts';
import { EXACT_TOLERANCE, FRACTION_DENOMINATORS, FRACTION_ONE, NUMBER_WORDS } from './data/quantities.ts';
import { fold, stem } from './normalise.ts';
import { type ClaimFigure, qualifierRange } from './quantities-agree.ts';
import { contextBefore, frameNear, rateNear } from './quantities-near.ts';

// Tokens either side of a figure in which its time frame is read, as for the other figures.
const FRAME_REACH = 8;

/** The little of a token the reader needs: what it says, and its lower-cased form where known. */
interface Word {
  readonly text: string;
  readonly norm?: string;
}

/** A share of a point: its value in points, the index after "point(s)", and whether "percentage" was said. */
export interface PointShare {
  readonly value: number;
  readonly end: number;
  readonly percentage: boolean;
}

const at = (tokens: readonly Word[], k: number): string => fold(tokens[k]?.text ?? '');

// Where "point", "percentage point", "percentage-point" or (after a hyphen) "-point" that starts at k
// ends, and whether "percentage" was said; else null.
function pointEnd(tokens: readonly Word[], k: number): { end: number; percentage: boolean } | null {
  let j = k;
  if (at(tokens, j) === '-') j++;
  const percentage = at(tokens, j) === 'percentage';
  if (percentage) j += at(tokens, j + 1) === '-' ? 2 : 1;
  return /^points?$/.test(at(tokens, j)) ? { end: j + 1, percentage } : null;
}

// The share a numerator at i and a fraction word after it tell ("a quarter", "three-quarters",
// "one half"), with the index after the fraction word; a share of one or more is none.
function shareAt(tokens: readonly Word[], i: number): { value: number; end: number } | null {
  const w = at(tokens, i);
  const n = FRACTION_ONE.has(w) ? 1 : NUMBER_WORDS[w];
  if (n === undefined) return null;
  const dash = at(tokens, i + 1) === '-' ? 1 : 0;
  const den = FRACTION_DENOMINATORS[at(tokens, i + 1 + dash)];
  return den === undefined || n >= den ? null : { value: n / den, end: i + 2 + dash };
}

/**
 * The share of a point told from token i: "half a point", "a quarter of a percentage point",
 * "three-quarters of a point", and, after "a" only, the share joined to "point" ("a quarter-point
 * cut", "a half-point rise", "a three-quarter-point hike"); else null. "the half-point mark" (a
 * midpoint) and "a quarter of the points" are none.
 * @example
 * pointShareAt(tokensOf('a quarter-point cut'), 0) // { value: 0.25, end: 4, percentage: false }
 */
export function pointShareAt(tokens: readonly Word[], i: number): PointShare | null {
  // (most tokens open no share: passed over on their lower-cased form)
  const norm = tokens[i]?.norm;
  if (norm !== undefined && !FRACTION_ONE.has(norm) && norm !== 'half' && NUMBER_WORDS[norm] === undefined)
    return null;
  const w = at(tokens, i);
  if (w === 'half' && at(tokens, i + 1) === 'a') {
    const point = at(tokens, i + 2) === '-' ? null : pointEnd(tokens, i + 2);
    return point && { value: 1 / 2, ...point };
  }
  const share = shareAt(tokens, i);
  if (share) {
    // "a quarter of a point", "three-quarters of one percentage point"
    if (at(tokens, share.end) === 'of' && FRACTION_ONE.has(at(tokens, share.end + 1))) {
      const point = at(tokens, share.end + 2) === '-' ? null : pointEnd(tokens, share.end + 2);
      return point && { value: share.value, ...point };
    }
    if (w !== 'a' && w !== 'an') return null;
    const point = pointEnd(tokens, share.end);
    return point && { value: share.value, ...point };
  }
  // "a three-quarter-point hike": a numerator after "a"
  const after = w === 'a' ? shareAt(tokens, i + 1) : null;
  const point = after && !FRACTION_ONE.has(at(tokens, i + 1)) ? pointEnd(tokens, after.end) : null;
  return after && point && { value: after.value, ...point };
}

/** What basis points and percentage points count in the claims, as the stemmer keeps it. */
export const POINT = stem('points');

/**
 * A share of a point as a claim's figure (`share` read by pointShareAt at token i): exact, counting
 * points, so "a quarter-point cut" agrees with "25 basis points" and "0.25 percentage points".
 */
export function pointShareFigure(tokens: readonly Token[], i: number, share: PointShare): ClaimFigure {
  const value = share.value;
  const [low, high] = qualifierRange(null, false, EXACT_TOLERANCE);
  return {
    value,
    low: value * low,
    high: value * high,
    unit: null,
    counts: POINT,
    qualifier: null,
    rate: rateNear(tokens, i, share.end),
    frame: frameNear(tokens, i - FRAME_REACH, share.end + FRAME_REACH),
    span: { start: (tokens[i] as Token).start, end: (tokens[share.end - 1] as Token).end },
    figureId: null,
    worded: true,
    context: contextBefore(tokens, i),
  };
}
