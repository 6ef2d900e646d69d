// A weekday of an "if" or "unless" clause of a sentence told in the future is the coming one ("will
// walk out on Thursday unless talks on Wednesday produce an offer"), but not one whose noun phrase the
// clause weighs ("if the turnout on Tuesday is any guide, the Greens will do well": the Tuesday
// before). Read once here for both date readers: text/dates/coming.ts on a text, and the compare
// stage's claim dates (stages/compare/support/dates.ts) on a sentence's tokens.
import { DAY_PARTS, PLAIN_FUTURE_WORDS, WEIGHED_AFTER_WEEKDAY } from '../data/weekday-cues.ts';

const PARTS = new Set(DAY_PARTS);
const WEIGHED = new Set(WEIGHED_AFTER_WEEKDAY);
const FUTURE = new Set(PLAIN_FUTURE_WORDS);

/**
 * A text's words, lower case, apostrophes kept inside ("won't", "they'll") and quote marks at the ends
 * dropped ("'Will"): what the readers below take.
 */
export const conditionWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .map((w) => w.replace(/^['’]+|['’]+$/gu, ''))
    .filter((w) => w !== '');

/**
 * True when `after`, the words right after a weekday (lower case), make its noun phrase what a clause
 * weighs, past a part of the day: "[Tuesday] is any guide", "[Sunday] night seems …".
 * @example
 * weighedWeekday(['is', 'any', 'guide']) // true
 */
export function weighedWeekday(after: readonly string[]): boolean {
  const verb = PARTS.has(after[0] ?? '') ? 1 : 0;
  return WEIGHED.has(after[verb] ?? '');
}

/**
 * True when one of `words` (a sentence's, lower case) tells a plain future: "will", "shall", "won't"
 * (or the tokeniser's "wo"), a word ending in "'ll"; not "would".
 * @example
 * toldInFuture(['they', "'ll", 'strike']) // true
 */
export const toldInFuture = (words: readonly string[]): boolean =>
  words.some((w) => FUTURE.has(w) || /['’]ll$/.test(w));

/**
 * Whether the weekday of a condition ("if", "unless": the caller finds it) is the coming one: its
 * sentence's `words` tell a plain future and the words `after` it weigh no noun phrase of it.
 * @example
 * conditionWeekdayAhead(conditionWords('Dockers will strike unless talks on Monday succeed'), ['succeed']) // true
 */
export const conditionWeekdayAhead = (words: readonly string[], after: readonly string[]): boolean =>
  toldInFuture(words) && !weighedWeekday(after);
