// Whether a token is a number: the one test of the extract stage's figures and of the ages both
// stages read (text/ages.ts).
import { NUMBER_WORDS } from './data/numbers.ts';
import { hyphenedFraction } from './fraction-after.ts';

/** Digits with or without thousands separators and a decimal part ("1,200", "3.5"). */
export const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const SKIP_ENTITIES = new Set(['DATE', 'TIME', 'ORDINAL']);

/**
 * A short word a tokeniser kept with the sentence's full stop, without it ("$3m." ends "m."): how a
 * scale written at a sentence's end is looked up ("m", as "$3m" mid-sentence). Other words unchanged.
 * @example
 * withoutStop('m.') // "m"
 */
export const withoutStop = (word: string): string =>
  /^[a-z]{1,3}\.$/i.test(word) ? word.slice(0, -1) : word;

/** What the test reads of a token. */
export interface NumberToken {
  readonly text: string;
  readonly norm: string;
  readonly entity?: string | undefined;
}

/**
 * True for a token that is a number: digits, a number word, or wink's cardinal; not a date's, a
 * time's or an ordinal's, and not "one" or "zero", which are pronouns and names more often.
 * @example
 * isNumberToken({ text: '48', norm: '48' }) // true
 */
export function isNumberToken(t: NumberToken | undefined): boolean {
  if (!t || (t.entity && SKIP_ENTITIES.has(t.entity))) return false;
  // digits open with a digit: most tokens are settled by their first character, without the regex
  const first = t.text.charCodeAt(0);
  if (first >= 48 && first <= 57 && (DIGITS.test(t.text) || hyphenedFraction(t.text))) return true;
  return t.norm in NUMBER_WORDS && t.norm !== 'one' && t.norm !== 'zero';
}
