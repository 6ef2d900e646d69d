// The part of one a whole number is told with: "four and a half hours", "4 1/2 hours", "4½ hours",
// and the hyphened "2-1/2 years" of wire copy. Read by number-at.ts (the support judge's figures) and
// by the extract stage's numbers, so both read such a number as one value.

import { AND_A_FRACTION, FRACTION_SIGNS, SCALE_WORDS } from './data/quantities.ts';

/** The little of a token the readers need: what it says and its normalised form. */
interface Word {
  readonly text: string;
  readonly norm: string;
}

const JOINED = /^([1-9])\/(\d{1,2})$/;
const HYPHENED = /^(\d+)-([1-9])\/(\d{1,2})$/;

// A proper fraction only: "3/4" is one, "24/7", "9/11" or "2022/23" none.
const proper = (n: number, d: number): number | null => (n < d ? n / d : null);

/**
 * The part of one told at token `end`, after a whole number: "and a half" or "and a quarter"
 * ("four and a half hours"); after digits (`digits`) also a fraction sign ("4½") or a proper
 * fraction, joined or spaced by a tokeniser ("4 1/2", "4 1 / 2"). Null when there is none.
 */
export function fractionAfter(
  tokens: readonly Word[],
  end: number,
  digits: boolean,
): { value: number; end: number } | null {
  const t = tokens[end];
  if (!t) return null;
  const part = AND_A_FRACTION[tokens[end + 2]?.norm ?? ''];
  if (t.norm === 'and' && tokens[end + 1]?.norm === 'a' && part !== undefined)
    return { value: part, end: end + 3 };
  if (!digits) return null;
  const sign = FRACTION_SIGNS[t.text];
  if (sign !== undefined) return { value: sign, end: end + 1 };
  const joined = JOINED.exec(t.text);
  if (joined) {
    const value = proper(Number(joined[1]), Number(joined[2]));
    return value === null ? null : { value, end: end + 1 };
  }
  const over = tokens[end + 2]?.text ?? '';
  if (!/^[1-9]$/.test(t.text) || tokens[end + 1]?.text !== '/' || !/^\d{1,2}$/.test(over)) return null;
  const value = proper(Number(t.text), Number(over));
  return value === null ? null : { value, end: end + 3 };
}

/**
 * "and a half" after a unit ("a year and a half", "two hours and a half"): the share of one unit it
 * adds, else null; not before a scale word or a hyphen ("ten years and a half million dollars").
 */
export function halfAfterUnit(tokens: readonly Word[], end: number): { value: number; end: number } | null {
  const part = fractionAfter(tokens, end, false);
  const next = tokens[end + 3];
  if (!part || (next && (next.text === '-' || SCALE_WORDS[next.norm] !== undefined))) return null;
  return part;
}

/** A whole number and a fraction written as one hyphened token ("2-1/2"): its value, else null. */
export function hyphenedFraction(text: string): { value: number; whole: string } | null {
  const m = HYPHENED.exec(text);
  const part = m ? proper(Number(m[2]), Number(m[3])) : null;
  return m && part !== null ? { value: Number(m[1]) + part, whole: m[1] as string } : null;
}
