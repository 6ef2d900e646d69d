// The unit a number is told in, as sentenceFigures (quantities.ts) reads it once the number and the
// words it joins ("million", "-MHz", "-mile") are read: hertz, a range's far end, a currency sign
// before it or a currency word after it, percent, or a unit of time (compared in days).

import type { Token } from '../model/index.ts';
import { dict } from './data/dict.ts';
import { BASIS_POINT_WORDS } from './data/quantities.ts';
import { currencyWordAfter, percentWordsAt } from './number-at.ts';

// Currency signs before an amount, as ISO codes: amounts in other currencies never compare.
const CURRENCY_SIGNS: Readonly<Record<string, string>> = dict({
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  // the rupee: its sign, and "Rs" / "Rs." written before the amount ("Rs 4,000 crore")
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
});

/** Whether the (folded) word is a currency sign ("$", "£", "€", "¥"), which belongs to the amount after it. */
export const isCurrencySign = (word: string): boolean => word in CURRENCY_SIGNS;

/** What was read around a number before its unit: a frequency, a range's far end, a measure, a unit of time. */
export interface HeardAround {
  /** Hertz of a frequency unit after it ("512-MHz"). */
  readonly hertz: number | undefined;
  /** The far end of a range whose unit the near end takes ("from two to 14 years"). */
  readonly range: { readonly days: number } | { readonly percent: true } | null;
  /** Whether a measure's unit follows ("a 30-mile pursuit"). */
  readonly measure: boolean;
  /** Days in the unit of time after it ("six weeks": 7). */
  readonly days: number | undefined;
}

/**
 * The unit of the number that ends before `end` (`prev` the folded word before it), and the currency
 * word after it that told it ("100 million dollars"), if one did; a unit of time is 'days'.
 * @example
 * figureUnit(tokensOf('100 million dollars'), 2, '', heard) // { unit: 'USD', spelt: 'USD' }
 */
export function figureUnit(
  tokens: readonly Token[],
  end: number,
  prev: string,
  heard: HeardAround,
): { unit: string | null; spelt: string | null } {
  const { hertz, range, measure, days } = heard;
  // "100 million dollars" is the amount "$100 million" is: what follows the currency is counted
  const spelt =
    hertz !== undefined || range !== null || measure || isCurrencySign(prev)
      ? null
      : currencyWordAfter(tokens, end);
  // a duration compares in days whatever unit it was told in ("six weeks" = 42 days)
  if (hertz !== undefined) return { unit: 'Hz', spelt };
  if (range) return { unit: 'days' in range ? 'days' : 'percent', spelt };
  if (isCurrencySign(prev)) return { unit: CURRENCY_SIGNS[prev] as string, spelt };
  if (spelt) return { unit: spelt, spelt };
  if (percentWordsAt(tokens, end)) return { unit: 'percent', spelt };
  return { unit: days !== undefined ? 'days' : null, spelt };
}

/**
 * How many of the unit after a number at `end` make a percentage point: 100 for basis points ("50
 * basis points", "25bps", "25 bp"), so "50 basis points" is read as 0.5 points, one value with "0.5
 * percentage points"; else null. Read by both figure readers (quantities.ts, extract/figures).
 * @example
 * basisPointsAt(tokensOf('cut by 50 basis points'), 3) // 100
 */
export function basisPointsAt(tokens: readonly { readonly text: string }[], end: number): number | null {
  const word = tokens[end]?.text.toLowerCase() ?? '';
  const share = BASIS_POINT_WORDS[word];
  if (share === undefined) return null;
  // "basis" only before "point(s)" ("on a weekly basis" is none)
  return word !== 'basis' || /^points?$/i.test(tokens[end + 1]?.text ?? '') ? share : null;
}
