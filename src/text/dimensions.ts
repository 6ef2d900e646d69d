// Sizes told as numbers joined by "x", "×" or "by" ("480 x 360 pixels", "a 480-by-360 screen", "a
// 2x4 board", "a four-by-four"): the dimensions of a thing or its name, no count of anything. One
// reading for the extract stage's figures and the support judge's, so that neither counts "x 360
// pixels" or "by-360 resolution".

import { MEASURE_UNITS } from './data/numbers.ts';
import { isNumberToken } from './number-token.ts';
import { CLOCK_RE, YEAR_RE } from './patterns.ts';

/** What reading a size needs of a token. */
interface SizeToken {
  readonly text: string;
  readonly norm: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  readonly entity?: string | undefined;
}

/** A times sign by itself, or glued to the number after it as a tokeniser leaves "2x4" ("x4"). */
const TIMES = /^[x×]$/i;
const TIMES_GLUED = /^[x×]\d+(?:\.\d+)?$/i;
/** "by" glued to the number after it, as a tokeniser leaves "480-by-360" ("by-360"). */
const BY_GLUED = /^by-\d+(?:\.\d+)?$/i;
/** Tokens back from a number that the size it is part of may start at ("10 x 12 x 8"). */
const SIZE_REACH = 6;

const isNumber = (t: SizeToken | undefined): boolean =>
  t !== undefined && (isNumberToken(t) || t.pos === 'NUM');

/**
 * The index of the next number of a size after the number ending before k, joined by "x", "×", "by"
 * or "-by-" ("480 x 360", "480 by 360", "four-by-four"), or glued to its sign ("x4", "by-360"); else
 * -1. A "by" before a year or a time of day ("by 2030", "by 5 p.m.") joins no size.
 */
function nextSide(tokens: readonly SizeToken[], k: number): number {
  const [t, u, v, w] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (!t) return -1;
  if (TIMES_GLUED.test(t.text) && t.start === tokens[k - 1]?.end) return k;
  if (TIMES.test(t.text)) return isNumber(u) ? k + 1 : -1;
  if (t.text === '-' && BY_GLUED.test(u?.text ?? '')) return k + 1;
  if (t.text === '-' && u?.norm === 'by' && v?.text === '-') return isNumber(w) ? k + 3 : -1;
  if (t.norm !== 'by' || !isNumber(u) || YEAR_RE.test(u?.text ?? '')) return -1;
  return CLOCK_RE.test(v?.text ?? '') ? -1 : k + 1;
}

/**
 * The index after the size that starts with the number at i, with the unit after it if any ("480 x
 * 360 pixels", "480 by 360-pixel"); else -1.
 * @example
 * dimensionsEnd(tokensOf('a 480 x 360 screen'), 1) // 4
 */
export function dimensionsEnd(tokens: readonly SizeToken[], i: number): number {
  if (!isNumber(tokens[i])) return -1;
  let last = i;
  for (let side = nextSide(tokens, i + 1); side >= 0; side = nextSide(tokens, last + 1)) last = side;
  if (last === i) return -1;
  const hyphen = tokens[last + 1]?.text === '-' && tokens[last + 1]?.start === tokens[last]?.end ? 1 : 0;
  return MEASURE_UNITS.has(tokens[last + 1 + hyphen]?.norm ?? '') ? last + 2 + hyphen : last + 1;
}

/**
 * True when the number at token `at` is one side of a size ("480" or "360" of "480 x 360 pixels").
 * @example
 * inDimensionsAt(tokensOf('a 480 x 360 screen'), 3) // true
 */
export function inDimensionsAt(tokens: readonly SizeToken[], at: number): boolean {
  for (let j = at; j >= Math.max(0, at - SIZE_REACH); j--) if (dimensionsEnd(tokens, j) > at) return true;
  return false;
}
