// A number told in words, as one value: "forty-two", "twenty five", "one hundred and forty", "a
// hundred and twelve", "one hundred forty", "two thousand five hundred", "fifteen hundred". The one
// reader of such numbers: the extract stage's figures (extract/numbers.ts) and the support judge's
// (number-at.ts) both read them here, so "One hundred and forty asylum seekers" is 140 in both, not 40.

import { NUMBER_WORDS } from './data/numbers.ts';

/** The little of a token the reader needs: its normal form and where it stands in the text. */
interface Word {
  readonly text: string;
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** A number read from words: its value, the token after it, and whether it joins several words. */
export interface WordNumber {
  readonly value: number;
  readonly end: number;
  /** More than one number word ("forty-two", "one hundred"), not a lone "forty". */
  readonly compound: boolean;
}

// The scales a group of words is multiplied by, in words only ("m", "bn" are written after digits).
const WORD_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

// One to ninety-nine in words: a unit or teen ("seven", "fifteen"), a ten ("forty") and the unit after
// it, joined by an unspaced hyphen ("forty-two") or a space ("forty two").
function belowHundred(tokens: readonly Word[], i: number): { value: number; end: number } | null {
  const value = NUMBER_WORDS[tokens[i]?.norm ?? ''];
  if (value === undefined || value < 1 || value > 90 || /s$/.test(tokens[i]?.norm ?? '')) return null;
  if (value < 20 || value % 10 !== 0) return value < 20 ? { value, end: i + 1 } : null;
  const [dash, after] = [tokens[i + 1], tokens[i + 2]];
  const joined = dash?.text === '-' && dash.start === tokens[i]?.end && after?.start === dash.end;
  const unit = NUMBER_WORDS[(joined ? after : dash)?.norm ?? ''];
  if (unit !== undefined && unit >= 1 && unit <= 9) return { value: value + unit, end: i + (joined ? 3 : 2) };
  return { value, end: i + 1 };
}

// Whether the word at i multiplies the group before it ("hundred", "thousand", "million", "billion").
const scaleAt = (tokens: readonly Word[], i: number): boolean =>
  tokens[i]?.norm === 'hundred' || WORD_SCALES[tokens[i]?.norm ?? ''] !== undefined;

// Up to 999: a number below a hundred, or "a", then "hundred", then "and" or nothing and the rest
// ("one hundred and forty", "a hundred and twelve", "one hundred forty", "fifteen hundred").
function belowThousand(
  tokens: readonly Word[],
  i: number,
  opens: boolean,
): { value: number; end: number } | null {
  const article = opens && /^an?$/.test(tokens[i]?.norm ?? '');
  const lead = article ? { value: 1, end: i + 1 } : belowHundred(tokens, i);
  if (!lead) return null;
  if (tokens[lead.end]?.norm !== 'hundred') return article ? null : lead;
  const hundreds = { value: lead.value * 100, end: lead.end + 1 };
  const and = tokens[hundreds.end]?.norm === 'and' ? 1 : 0;
  const rest = belowHundred(tokens, hundreds.end + and);
  // "between one hundred and two hundred": a group "hundred" follows is a number of its own
  if (!rest || tokens[rest.end]?.norm === 'hundred') return hundreds;
  return { value: hundreds.value + rest.value, end: rest.end };
}

/**
 * The number told in words from token i: groups below a thousand, each with its scale ("two
 * thousand five hundred", "three hundred thousand", "a thousand and five"), read as one value. "a"
 * opens one before "hundred" ("a hundred and twelve") or a scale that more words follow ("a thousand
 * and five"; not "a million" alone). Null when no number word (or
 * such an "a") stands at i; plural words ("hundreds", "thousands") are vague, read elsewhere.
 * @example
 * wordNumberAt(tokensOf('One hundred and forty asylum seekers'), 0) // { value: 140, end: 4, compound: true }
 */
export function wordNumberAt(tokens: readonly Word[], i: number): WordNumber | null {
  let total = 0;
  let at = i;
  let lastScale = Number.POSITIVE_INFINITY;
  for (;;) {
    const opens = at === i;
    const group =
      belowThousand(tokens, at, opens) ??
      (opens && /^an?$/.test(tokens[at]?.norm ?? '') && WORD_SCALES[tokens[at + 1]?.norm ?? '']
        ? { value: 1, end: at + 1 }
        : null);
    if (!group) break;
    const scale = WORD_SCALES[tokens[group.end]?.norm ?? ''];
    // "two thousand five thousand" is two numbers: the second is not read into the first
    if (scale !== undefined && scale >= lastScale) break;
    if (scale === undefined) {
      total += group.value;
      at = group.end;
      break;
    }
    total += group.value * scale;
    at = group.end + 1;
    lastScale = scale;
    // "two thousand and five", "a thousand and twelve": "and" before the last group, below a hundred
    const last = tokens[at]?.norm === 'and' ? belowHundred(tokens, at + 1) : null;
    // "between two thousand and three thousand" is two numbers (a range), not 2,003,000
    if (last && !scaleAt(tokens, last.end)) {
      total += last.value;
      at = last.end;
      break;
    }
  }
  // "a million", "a thousand" alone are as often a way of speaking ("a million reasons") as a count
  if (at === i || (at === i + 2 && /^an?$/.test(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm !== 'hundred'))
    return null;
  return { value: total, end: at, compound: at - i > 1 };
}

/**
 * Whether token i is inside a number told in words that opens before it ("hundred" and "forty" in
 * "one hundred and forty"): a reader passes over it, as it has read it with its first word.
 */
export function insideWordNumber(tokens: readonly Word[], i: number): boolean {
  // a number in words is at most a few words long: "nine hundred and ninety-nine thousand"
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const read = wordNumberAt(tokens, j);
    if (read && read.end > i) return true;
  }
  return false;
}
