// A claim's figure as the compare stage reads it, and when two figures agree: the same kind of
// quantity (unit, rate, frame, what it counts) and overlapping value intervals.

import type { Span } from '../model/index.ts';
import { MEASURE_NAMES } from './data/numbers.ts';
import {
  COUNT_CLASSES,
  DIGITS_MIN_TOLERANCE,
  DURATION_QUALIFIER_REACH,
  EXACT_TOLERANCE,
  QUALIFIERS,
} from './data/quantities.ts';
import { stem } from './normalise.ts';

/** A number found in a claim, with what it counts, its qualifier and rate, and its value interval. */
export interface ClaimFigure {
  readonly value: number;
  /** The interval of true values the wording allows ("nearly 50,000" → 42,500..50,000). */
  readonly low: number;
  readonly high: number;
  readonly unit: string | null;
  /** Stem of the head noun it counts ("migrant"), or null. */
  readonly counts: string | null;
  readonly qualifier: string | null;
  /** "day" | "week" | ... for rates ("a day", "daily"), else null. */
  readonly rate: string | null;
  /** A time frame that makes counts differ ("fy:2023", "since:2021"), else null. */
  readonly frame: string | null;
  readonly span: Span;
  /** Id of the extract stage's figure at this place, if any. */
  readonly figureId: string | null;
  /** True when the number is spelled out ("six weeks", "a dozen"), not written in digits. */
  readonly worded?: boolean;
  /** Stems of the nouns just before the number: what the amount is of ("the repair at $48 million"). */
  readonly context: readonly string[];
}

const COUNT_CLASS = new Map<string, Set<number>>();
COUNT_CLASSES.forEach((words, i) => {
  for (const w of words) COUNT_CLASS.set(stem(w), (COUNT_CLASS.get(stem(w)) ?? new Set()).add(i));
});

/**
 * The relative rounding a number written in digits allows: half its last written digit ("13.9" →
 * 0.05, "26,000" → 500), between DIGITS_MIN_TOLERANCE and EXACT_TOLERANCE of its value.
 */
export function writtenTolerance(digits: string): number {
  const plain = digits.replace(/,/g, '');
  const value = Math.abs(Number(plain));
  if (!value) return EXACT_TOLERANCE;
  const [whole = '', decimals] = plain.split('.');
  const half = decimals
    ? 0.5 * 10 ** -decimals.length
    : 0.5 * 10 ** (whole.length - whole.replace(/0+$/, '').length);
  return Math.min(Math.max(half / value, DIGITS_MIN_TOLERANCE), EXACT_TOLERANCE);
}

/**
 * Half the place of a value's last non-zero digit: how far a writer who rounded to it may be off
 * ("2,400,000" → 50,000, "4.5" → 0.05, "213" → 0.5).
 * @example
 * roundingHalf(2_400_000) // 50000
 */
export function roundingHalf(value: number): number {
  const [whole = '', decimals] = String(Math.abs(Number(value.toPrecision(12)))).split('.');
  if (decimals) return 0.5 * 10 ** -decimals.length;
  return 0.5 * 10 ** (whole.length - whole.replace(/0+$/, '').length);
}

/**
 * The factors of the stated value a qualifier allows; durations stretch less (see DURATION_QUALIFIER_REACH).
 * `decimals`: for a value written with decimals (no money), its last digit's half as a share of it:
 * a writer who gives "about 6.0" tells the tenth, so "about" reaches DECIMAL_REACH of those halves
 * each way (5.75–6.25), not a share of the whole (5.1–6.9, which held a 5.6 told elsewhere).
 */
export function qualifierRange(
  qualifier: { readonly low: number; readonly high: number } | null,
  duration: boolean,
  tolerance: number,
  decimals: number | null = null,
): [number, number] {
  if (!qualifier) {
    const t = duration ? EXACT_TOLERANCE : tolerance;
    return [1 - t, 1 + t];
  }
  const reach = duration ? DURATION_QUALIFIER_REACH : 1;
  const [low, high] = [1 - (1 - qualifier.low) * reach, 1 + (qualifier.high - 1) * reach];
  if (decimals === null || low >= 1 || high <= 1) return [low, high];
  return [Math.max(low, 1 - DECIMAL_REACH * decimals), Math.min(high, 1 + DECIMAL_REACH * decimals)];
}

// How many halves of its last decimal digit a roughly told decimal may be off ("about 6.0": 6 ± 0.25).
const DECIMAL_REACH = 5;

/**
 * For a number written with decimals ("6.0", "2.5"), half its last digit as a share of its value
 * ("6.0" → 0.05 / 6); null for a whole number.
 */
export function decimalShare(digits: string): number | null {
  const [whole = '', decimals] = digits.replace(/,/g, '').split('.');
  const value = Math.abs(Number(`${whole}.${decimals ?? ''}`));
  return decimals && /^\d+$/.test(decimals) && value ? (0.5 * 10 ** -decimals.length) / value : null;
}

/** Whether two counted nouns (stems) count one kind of thing: the same stem, or one of COUNT_CLASSES. */
export function sameCounted(a: string, b: string): boolean {
  if (a === b) return true;
  const cb = COUNT_CLASS.get(b);
  return [...(COUNT_CLASS.get(a) ?? [])].some((c) => cb?.has(c));
}

/** A bare number, with no unit and nothing counted ("it was 6.1"). */
const bare = (f: ClaimFigure): boolean => f.unit === null && f.counts === null;

/**
 * Whether two figures have one unit: the same, or a measure's value ("a magnitude-6.1 quake") and a
 * bare number, which may tell it ("it was 6.1").
 */
export function sameUnit(a: ClaimFigure, b: ClaimFigure): boolean {
  if (a.unit === b.unit) return true;
  return (MEASURE_NAMES.has(a.unit ?? '') && bare(b)) || (MEASURE_NAMES.has(b.unit ?? '') && bare(a));
}

/** Whether two figures count the same kind of thing at the same rate and time frame. */
export function sameQuantity(a: ClaimFigure, b: ClaimFigure): boolean {
  if (!sameUnit(a, b) || a.rate !== b.rate) return false;
  if (a.frame && b.frame && a.frame !== b.frame) return false;
  return !a.counts || !b.counts || sameCounted(a.counts, b.counts);
}

// A qualifier whose interval lies within "about"'s tells the value itself, roughly ("nearly",
// "an estimated"); one reaching past it on one side is a bound ("as many as", "more than").
const ABOUT = QUALIFIERS.find((q) => q.phrase === 'about') as { low: number; high: number };
const BOUND = new Map(
  QUALIFIERS.map((q) => [
    q.phrase,
    q.low >= ABOUT.low && q.high <= ABOUT.high ? 'about' : q.high <= 1 ? 'at most' : 'at least',
  ]),
);

/**
 * Whether two qualifiers can tell one measure: each plain or about the value ("10,000", "an
 * estimated 10,000"), two bounds of one side ("more than", "at least"), an average and a plain value,
 * or the same phrase ("thousands of", "an additional"). A bound and a value ("as many as 10,000 a
 * day" / "a daily average of 10,000") are two measures.
 */
export function sameBound(a: string | null, b: string | null): boolean {
  const kind = (q: string | null) => (q === null ? 'plain' : (BOUND.get(q) ?? q));
  const [x, y] = [kind(a), kind(b)];
  if (x === y) return true;
  const plainWith = (k: string) => k === 'about' || k === 'average';
  return (x === 'plain' && plainWith(y)) || (y === 'plain' && plainWith(x));
}

/**
 * Whether two figures are surely the same quantity, enough to call different values a conflict:
 * the same quantity, and both say what they count, or both are about the same subject. Ranks never are.
 */
export function surelySameQuantity(a: ClaimFigure, b: ClaimFigure): boolean {
  // two ranks ("the seventh round" / "the sixth round") are as often two events of a series as two
  // tellings of one: a rank must be held by a supporter but never makes a conflict
  if (a.unit === 'ordinal' || !sameQuantity(a, b)) return false;
  return (a.counts !== null && b.counts !== null) || a.context.some((w) => b.context.includes(w));
}

/** Whether two figures' values agree within what their qualifiers allow. */
export function valuesAgree(a: ClaimFigure, b: ClaimFigure): boolean {
  return a.low <= b.high && b.low <= a.high;
}
