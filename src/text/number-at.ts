// The number that starts at a token of a sentence: digits (with a thousands separator or a decimal
// point a tokeniser spaced, or a fraction), a spelled-out number when it counts something or names a
// length, the unit the far end of a range gives its near end, a currency spelt after an amount. Read
// by quantities.ts.

import type { Token } from '../model/index.ts';
import { CURRENCIES } from './data/numbers.ts';
import { DURATION_DAYS, LEVEL_VERBS, NUMBER_WORDS, SCALE_WORDS } from './data/quantities.ts';
import { fractionAfter, hyphenedFraction } from './fraction-after.ts';
import { fold } from './normalise.ts';
import { afterPoint, gluedMeasure, spacedDecimal, spacedThousands } from './number-points.ts';
import { wordNumberAt } from './number-words.ts';
import { NUMBER_RE } from './patterns.ts';

// Words before a spelled-out number that make it a pronoun or no count ("all three", "no one"). After
// "the", "these" or "their" a number is a count when a noun follows ("the five merchant vessels", no
// longer held by "the eight merchant vessels"), a pronoun when none does ("the two discussed"): the
// noun after it is asked below; "the two" is "both" ("the two nations", "the two former foes").
const PRONOUN_BEFORE = new Set(['both', 'all', 'no', 'any']);
const DEFINITE = /^(the|these|those|its|their|his|her|our)$/;

// Words after which "one" or "a" before a unit of time is a length ("for one week", "less than a month").
const DURATION_BEFORE = /^(for|within|in|over|after|than|least|to|about|around|nearly)$/;

/**
 * The number that starts at token i: digits ("48"), or a spelled-out number ("six", "twenty-five",
 * "a dozen" from "dozen") when it counts something or names a duration, each with the fraction it
 * is told with ("4 1/2", "2-1/2", "four and a half"); "one" only with a fraction or as a duration
 * after a qualifier or a preposition ("for one week"), never as a pronoun ("one of the", "the one").
 * With `bare`, any number written there, whatever follows or precedes it ("has risen to four,").
 */
export function numberAt(
  tokens: readonly Token[],
  i: number,
  options: { readonly bare?: boolean } = {},
): { value: number; end: number; digits?: string } | null {
  const t = tokens[i] as Token;
  // "a magnitude-5.9 quake": the measure's value
  const measure = gluedMeasure(tokens, i);
  if (measure) return measure;
  if (NUMBER_RE.test(t.text)) {
    if (afterPoint(tokens, i)) return null;
    const spaced = spacedThousands(tokens, i) ?? spacedDecimal(tokens, i);
    if (spaced) return spaced;
    const whole = Number(t.text.replace(/,/g, ''));
    // "4 1/2 hours", "4½ hours", "4 and a half hours": one value
    const part = /^\d+$/.test(t.text) ? fractionAfter(tokens, i + 1, true) : null;
    return part ? { value: whole + part.value, end: part.end } : { value: whole, end: i + 1 };
  }
  // "2-1/2 years": its whole number's digits tell how it was written
  const hyphened = hyphenedFraction(t.text);
  if (hyphened) return { value: hyphened.value, end: i + 1, digits: hyphened.whole };
  // "twenty-five", "one hundred and forty", "a hundred and twelve": one value (number-words.ts)
  const worded = wordNumberAt(tokens, i);
  // "less than a month", "for a week": "a" is one unit of time after a qualifier or a preposition
  if (
    !options.bare &&
    !worded &&
    (t.norm === 'a' || t.norm === 'an') &&
    DURATION_BEFORE.test(fold(tokens[i - 1]?.text ?? ''))
  )
    return fold(tokens[i + 1]?.text ?? '') in DURATION_DAYS ? { value: 1, end: i + 1 } : null;
  let value = worded?.value ?? NUMBER_WORDS[t.norm];
  const before = fold(tokens[i - 1]?.text ?? '');
  if (value === undefined) return null;
  if (!options.bare && (PRONOUN_BEFORE.has(before) || (value === 2 && DEFINITE.test(before)))) return null;
  let end = worded?.end ?? i + 1;
  // "four and a half hours", "one and a half million": one value, and "one" no pronoun
  const part = fractionAfter(tokens, end, false);
  if (part) {
    value += part.value;
    end = part.end;
  }
  if (options.bare) return { value, end };
  const next = tokens[end];
  // "three of its nine branches": the part of a whole told next, a count as "3 of its 9" is; other
  // numbers before "of" are pronouns or scales ("three of them", "two of the firm's staff")
  if (next?.norm === 'of') return t.norm !== 'one' && wholeAfterOf(tokens, end) >= 0 ? { value, end } : null;
  if (!next) return null;
  // "a forty-year high", "a 15-minute trip": a duration told as an adjective
  const hyphen = next.text === '-' ? 1 : 0;
  const duration = fold(tokens[end + hyphen]?.text ?? '') in DURATION_DAYS;
  if (
    t.norm === 'one' &&
    !worded?.compound &&
    !part &&
    !(duration && DURATION_BEFORE.test(fold(tokens[i - 1]?.text ?? '')))
  )
    return null;
  // "Seventy-one per cent of members": a share, told in two words
  if (
    !duration &&
    !/^(NOUN|ADJ|PROPN)$/.test(next.pos) &&
    !SCALE_WORDS[fold(next.text)] &&
    rangeUnit(tokens, end) === null &&
    !percentWordsAt(tokens, end) &&
    !levelAt(tokens, i)
  )
    return null;
  return { value, end };
}

// How far before "at" or "to" a level verb is looked for ("put the death toll from the floods at").
const LEVEL_VERB_REACH = 8;

/**
 * Whether the number at i is the level a verb gives by "at" or "to" before it ("the toll stood at
 * seven", "police put the crowd at four", "rose to nine"): the verb within a few words of the
 * preposition, in its clause.
 * @example
 * levelAt(tokensOf('the toll stood at seven on Monday'), 4) // true
 */
function levelAt(tokens: readonly Token[], i: number): boolean {
  const verbs = LEVEL_VERBS[fold(tokens[i - 1]?.text ?? '')];
  if (!verbs) return false;
  for (let j = i - 2; j >= Math.max(0, i - 1 - LEVEL_VERB_REACH); j--) {
    const t = tokens[j] as Token;
    if (t.pos === 'PUNCT') return false;
    if (verbs.has(fold(t.text))) return true;
  }
  return false;
}

/**
 * How many tokens at `at` tell a percent: 1 for "%", "percent" (or "per cent" as one token), 2 for
 * "per" "cent" as a tokeniser splits it ("4.8 per cent"), else 0.
 * @example
 * percentWordsAt(tokensOf('71 per cent of members'), 1) // 2
 */
export function percentWordsAt(tokens: readonly Token[], at: number): number {
  const word = fold(tokens[at]?.text ?? '');
  if (/^(%|percent|per cent)$/.test(word)) return 1;
  return word === 'per' && fold(tokens[at + 1]?.text ?? '') === 'cent' ? 2 : 0;
}

/**
 * The unit the far end of a range gives its near end ("from two to 14 years", "between 40 and 80
 * percent"): the token at `end` is "to" or "and", then a number and its unit. Null when it is not a
 * range with a unit.
 */
export function rangeUnit(
  tokens: readonly Token[],
  end: number,
): { days: number } | { percent: true } | null {
  if (!/^(to|and)$/.test(tokens[end]?.norm ?? '')) return null;
  const far = tokens[end + 1];
  if (!far || !(NUMBER_RE.test(far.text) || NUMBER_WORDS[far.norm] !== undefined)) return null;
  const days = DURATION_DAYS[fold(tokens[end + 2]?.text ?? '')];
  if (days !== undefined) return { days };
  return percentWordsAt(tokens, end + 2) ? { percent: true } : null;
}

/**
 * The currency a word right after an amount spells ("100 million dollars", "40 euros"): its ISO
 * code, or null. "Pounds" after a number are as often a weight ("500 pounds of cocaine"): left to
 * the extract stage's reading.
 * @example
 * currencyWordAfter(tokensOf('100 million dollars of oil'), 2) // 'USD'
 */
export function currencyWordAfter(tokens: readonly Token[], at: number): string | null {
  const word = fold(tokens[at]?.text ?? '');
  return word.startsWith('pound') ? null : (CURRENCIES[word] ?? null);
}

/**
 * The whole told after a part's "of" at token `of` ("three of its nine", "three of the city's nine",
 * "two of 12"): the index of its number, past a determiner and an owner ("the city's"), or -1.
 */
export function wholeAfterOf(tokens: readonly Token[], of: number): number {
  if (tokens[of]?.norm !== 'of') return -1;
  let at = of + 1;
  if (DEFINITE.test(fold(tokens[at]?.text ?? ''))) at++;
  // (an owner: one to three names or nouns, then "'s")
  for (let k = at; k < at + 3 && /^(NOUN|PROPN)$/.test(tokens[k]?.pos ?? ''); k++)
    if (tokens[k + 1]?.norm === "'s") {
      at = k + 2;
      break;
    }
  const t = tokens[at];
  return t !== undefined && (NUMBER_RE.test(t.text) || (NUMBER_WORDS[t.norm] ?? 0) > 1) ? at : -1;
}
