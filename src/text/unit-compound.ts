// Number-unit compounds: a number joined by a hyphen to a unit of measure or of time ("a 30-mile
// pursuit", "a 10-minute speech", "a 5-kilometre chase"), and "old" after the unit when it tells an
// age ("a 54-year-old driver", read in ages.ts). Such a compound measures the noun after it: "a
// 30-mile pursuit" is 30 miles, no count of pursuits. One reading for the support judge's figures
// (quantities.ts) and for compare/in-part.ts, where the compound's words are no content words.

import { ageEnd } from './ages.ts';
import {
  IRREGULAR_UNIT_PLURALS,
  MEASURE_UNITS,
  TIME_UNITS,
  UNIT_ABBREVIATIONS,
  UNIT_POWERS,
} from './data/numbers.ts';
import { fold } from './normalise.ts';
import { joinedByHyphen } from './number-points.ts';
import { isNumberToken } from './number-token.ts';

/** What reading a compound needs of a token. */
interface CompoundToken {
  readonly text: string;
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly entity?: string | undefined;
}

/** A unit of measure joined to the number before it: its word as "30 <unit>s" tells it, and the index after it. */
export interface MeasureCompound {
  readonly unit: string;
  readonly end: number;
}

const unitWord = (t: CompoundToken | undefined): string => fold(t?.text ?? '');

/**
 * The unit of measure (no unit of time: that is a duration) joined by the hyphen at k to the number
 * that ends before it ("30-mile", "2.5-kilometre"), in its plural ("miles", "feet"); else null.
 * @example
 * measureCompoundAt(tokensOf('a 30-mile pursuit'), 2) // { unit: 'miles', end: 4 }
 */
export function measureCompoundAt(tokens: readonly CompoundToken[], k: number): MeasureCompound | null {
  if (!joinedByHyphen(tokens, k)) return null;
  const word = unitWord(tokens[k + 1]);
  if (UNIT_POWERS.has(word)) return poweredUnitAt(tokens, k + 1);
  if (!MEASURE_UNITS.has(word) || /^(?:%|percent|per)$/.test(word)) return null;
  return { unit: pluralUnit(word), end: k + 2 };
}

// "30-mile" → "miles"; a short spelling as its word ("16-GB" → "gigabytes", as "16 GB" counts)
const pluralUnit = (word: string): string =>
  UNIT_ABBREVIATIONS[word] ?? IRREGULAR_UNIT_PLURALS[word] ?? (word.endsWith('s') ? word : `${word}s`);

/**
 * An area's or a volume's unit at k, "square" or "cubic" and a unit of length after it, spaced or
 * joined by a hyphen ("square kilometers", "square-kilometer"), in its plural ("square kilometers");
 * else null. "1,500 square kilometers" measures an area as "a 1,500-square-kilometer island" does.
 * @example
 * poweredUnitAt(tokensOf('the 1,500-square-kilometer island'), 3) // { unit: 'square kilometers', end: 6 }
 */
export function poweredUnitAt(tokens: readonly CompoundToken[], k: number): MeasureCompound | null {
  const power = unitWord(tokens[k]);
  if (!UNIT_POWERS.has(power)) return null;
  const at = joinedByHyphen(tokens, k + 1) ? k + 2 : k + 1;
  const word = unitWord(tokens[at]);
  if (!MEASURE_UNITS.has(word) || /^(?:%|percent|per|points?|votes|degrees?)$/.test(word)) return null;
  return { unit: `${power} ${pluralUnit(word)}`, end: at + 1 };
}

/** The inch marks: a double prime, or a straight double quote standing for one. */
const INCH_MARKS: ReadonlySet<string> = new Set(['″', '"']);

/**
 * The inch mark glued at k to the number before it ("a 10.1″ screen", "a 3.1\" touch screen"), read
 * as the word "inch" is ("a 10.1-inch screen"): 10.1 inches, measuring the noun after it; else null.
 * A straight quote is an inch mark only when a word follows it and it closes no quote opened since
 * the sentence's first token `first` ('He said "we counted 40" and left' keeps its count).
 * @example
 * inchMarkAt(tokensOf('a 7″ model'), 2) // { unit: 'inches', end: 3 }
 */
export function inchMarkAt(tokens: readonly CompoundToken[], k: number, first = 0): MeasureCompound | null {
  const [t, before, after] = [tokens[k], tokens[k - 1], tokens[k + 1]];
  if (!t || !before || !INCH_MARKS.has(t.text) || t.start !== before.end || !isNumberToken(before))
    return null;
  if (t.text === '"') {
    if (!after || !/^\p{Ll}/u.test(after.text)) return null;
    let open = false;
    for (let j = first; j < k; j++) {
      const mark = tokens[j]?.text;
      open = mark === '"' ? !open : mark === '“' ? true : mark === '”' ? false : open;
    }
    if (open) return null;
  }
  return { unit: pluralUnit('inch'), end: k + 1 };
}

/**
 * The indexes of the words of every number-unit compound of the tokens (the unit, and the "old" of an
 * age: "27-year-old" → "year", "old"), which tell a measure and no content of their own.
 * @example
 * compoundWords(tokensOf('the 27-year-old pilot')) // Set { 3, 5 }
 */
export function compoundWords(tokens: readonly CompoundToken[]): Set<number> {
  const out = new Set<number>();
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k]?.text !== '-' || !isNumberToken(tokens[k - 1])) continue;
    const age = ageEnd(tokens, k - 1);
    if (age >= 0) {
      for (let j = k + 1; j < age; j++) if (tokens[j]?.text !== '-') out.add(j);
      continue;
    }
    const word = unitWord(tokens[k + 1]);
    if (joinedByHyphen(tokens, k) && (TIME_UNITS.has(word) || MEASURE_UNITS.has(word))) out.add(k + 1);
  }
  return out;
}
