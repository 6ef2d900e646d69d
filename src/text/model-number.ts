// A number glued to a name or a capital-letter code before it ("AK 47", "F 16", "G 20", "Boeing 737",
// "COVID 19"), or a digit with one capital letter glued after it ("3G", "4G", "3D"), names a model, a
// group, a disease, a generation or a format, and counts nothing: one reading for the extract stage's
// figures and the support judge's, so that neither takes "six AK 47 rifles" for 47 rifles. A name and
// its number, spaced or glued ("Boeing 737", "Boeing-737"), also get one spelling here (nameNumberAt)
// for the judge and the alignment, which still read that number as a figure. A measure's name and its
// value ("Category 4", "magnitude-5.9") are neither: the number is the measure's (number-points.ts).

import { CURRENCIES, MEASURE_NAMES, MEASURE_UNITS, SCALES, TIME_UNITS } from './data/numbers.ts';
import { PLACE_PREPOSITIONS } from './data/prepositions.ts';
import { gluedMeasure } from './number-points.ts';
import { PLURAL_ENDING, YEAR_RE } from './patterns.ts';

/** What reading a model number needs of a token. */
interface NamedToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: string;
}

/** A capital-letter code: one letter (not the words "A" and "I") or two to six capitals ("AK", "COVID"). */
const CODE = /^(?:[B-HJ-Z]|\p{Lu}{2,6})$/u;
/** A currency's ISO code before an amount ("USD 5 million") is its unit, no model name. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Object.values(CURRENCIES));
/** A token that opens with a digit (a number in digits; not text/number-token.ts's DIGITS, a whole number). */
const OPENS_WITH_DIGIT = /^\d/;
/** A code and its number written as one token: "AK-47", "F-16", "COVID-19". */
const GLUED = /^([B-HJ-Z]|\p{Lu}{2,6})-\d{1,4}$/u;

/** One capital letter, not the words "A" and "I", maybe with the sentence's full stop ("5G."). */
const LETTER = /^[B-HJ-Z]\.?$/;
/** A single digit. */
const ONE_DIGIT = /^\d$/;

/**
 * True when the number at i is one digit with one capital letter glued after it ("3G", "4G LTE", "a
 * 3D film"): a generation or a format, no count of "G". Two digits or more ("30C", "75F") may be a
 * measure; a scale letter ("5K", "9M") multiplies.
 */
function letterCodeAt(tokens: readonly NamedToken[], i: number): boolean {
  const [t, letter, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!t || !letter || !ONE_DIGIT.test(t.text) || !LETTER.test(letter.text) || letter.start !== t.end)
    return false;
  if (Object.hasOwn(SCALES, letter.text.replace('.', '').toLowerCase())) return false;
  // nothing glued after but punctuation ("3G, but …"; "3GB" is a measure)
  return !after || after.start > letter.end || !/^[\p{L}\p{N}]/u.test(after.text);
}

/**
 * True when the number at i is part of a code's name: right after a capital-letter code ("AK 47"), one
 * digit with a capital letter glued after it ("3G"), or a video format's lines ("1080p").
 * @example
 * codeNumberAt(tokensOf('seized six AK 47 rifles'), 3) // true
 */
export function codeNumberAt(tokens: readonly NamedToken[], i: number): boolean {
  return codeAt(tokens, i - 1) || letterCodeAt(tokens, i) || scanFormatAt(tokens, i);
}

/** The fewest lines of a video format told by its lines ("240p"); "50p" is fifty pence. */
const FEWEST_LINES = 240;

/**
 * True when the number at i is a video format told by its lines, "p" or "i" glued after it ("1080p
 * video", "720p.", "1080i"): three or four digits, at least 240, nothing glued after but punctuation.
 */
function scanFormatAt(tokens: readonly NamedToken[], i: number): boolean {
  const [t, letter, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!t || !letter || !/^\d{3,4}$/.test(t.text) || Number(t.text) < FEWEST_LINES) return false;
  if (!/^[pi]\.?$/.test(letter.text) || letter.start !== t.end) return false;
  return !after || after.start > letter.end || !/^[\p{L}\p{N}]/u.test(after.text);
}

/**
 * True when the number at i is part of a name: a code's (`codeNumberAt`), after a capitalised proper
 * noun that is not the sentence's first word (whose capital tells nothing: "Some 40 people"), or a
 * product's told alone ("the 8900"), as the extract stage's figures read it ("a Boeing 737"). The
 * support judge reads a code's number only: a number after a name is one side's figure where the other
 * writes it alone ("the Larkspur 8900" / "the 8900").
 * `first` is the index of the sentence's first token.
 */
export function modelNumberAt(tokens: readonly NamedToken[], i: number, first = 0): boolean {
  if (letterCodeAt(tokens, i) || scanFormatAt(tokens, i) || loneModelNumberAt(tokens, i)) return true;
  const [prev, t] = [tokens[i - 1], tokens[i]];
  if (!prev || !t || i <= first || !OPENS_WITH_DIGIT.test(t.text)) return false;
  if (CODE.test(prev.text)) return codeAt(tokens, i - 1);
  // "a Category 4 hurricane": the measure's value
  if (MEASURE_NAMES.has(prev.text.toLowerCase())) return false;
  // "Rs 4,000 crore": a currency written before the amount, no name
  if (CURRENCIES[prev.text.toLowerCase()]) return false;
  return (
    prev.pos === 'PROPN' &&
    /^\p{Lu}/u.test(prev.text) &&
    i > first + 1 &&
    !(placeOpensClause(tokens, i - 1, first) && countsSubject(tokens, i))
  );
}

/**
 * True when the number at i opens its clause's subject: the nouns after it (maybe none) run into the
 * clause's verb ("300 people marched", "300 were held"). "In Boeing 737 cockpits, 12 screens failed"
 * has no verb after "737 cockpits": the phrase ends at the comma, and 737 is the name's.
 */
function countsSubject(tokens: readonly NamedToken[], i: number): boolean {
  let j = i + 1;
  while (tokens[j] && /^(?:ADJ|NOUN)$/.test(tokens[j]?.pos ?? '')) j++;
  return /^(?:VERB|AUX)$/.test(tokens[j]?.pos ?? '');
}

/** A model's number told alone: four digits, no thousands separator. */
const FOUR_DIGITS = /^\d{4}$/;
/** Definite determiners and possessives before a product named by its number ("the 8900", "its new 8900"). */
const DEFINITE = /^(?:the|this|that|its|his|her|their|our|my|your|['’]s)$/i;

/**
 * True when the number at i is a product named by its number, told alone after a definite
 * determiner or a possessive and any adjectives ("the 8900 will ship", "its new 8900", "the 8900's
 * screen"): four digits written without a thousands separator (a count that large is written "1,500"),
 * not a year, nothing glued after it ("the 1500-strong crowd"), and no plural noun, unit, scale or
 * time word after it ("the 1500 workers" stays a count). The extract stage's reading only: the judge
 * reads a model's number as a figure, so that "the Larkspur 8900" and "the 8900" hold one.
 */
function loneModelNumberAt(tokens: readonly NamedToken[], i: number): boolean {
  const [t, next] = [tokens[i], tokens[i + 1]];
  if (!t || !FOUR_DIGITS.test(t.text) || YEAR_RE.test(t.text)) return false;
  if (next && next.start === t.end && /^[\p{L}\p{N}-]/u.test(next.text)) return false;
  const word = next?.text.toLowerCase() ?? '';
  if (next?.pos === 'NOUN' && PLURAL_ENDING.test(word)) return false;
  if (MEASURE_UNITS.has(word) || TIME_UNITS.has(word) || Object.hasOwn(SCALES, word) || word === '%')
    return false;
  let k = i - 1;
  while (tokens[k]?.pos === 'ADJ') k--;
  return DEFINITE.test(tokens[k]?.text ?? '');
}

/** Words after which a clause opens ("…, and in Lyon 200 people marched"). */
const CLAUSE_OPENERS = /^(?:,|;|and|but)$/i;

/**
 * True when the name ending at k is a place that opens its clause after a preposition ("In Paris 300
 * people marched", "In New York 40 homes burned"): the number after it counts what follows, as it
 * would after a comma ("In Paris, 300 people"); "a Boeing 737", "flaws in Boeing 737 jets" stay names.
 */
function placeOpensClause(tokens: readonly NamedToken[], k: number, first: number): boolean {
  let j = k;
  while (j > first && tokens[j - 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '')) j--;
  const prep = tokens[j - 1];
  if (j - 1 < first || !prep || !PLACE_PREPOSITIONS.has(prep.text.toLowerCase())) return false;
  return j - 1 === first || CLAUSE_OPENERS.test(tokens[j - 2]?.text ?? '');
}

/**
 * The one spelling of a code and its number at token i, whether written "AK-47" (one token) or "AK 47"
 * (the code, then the number), so that the two read as one word: "ak-47"; else null.
 * @example
 * modelNameAt(tokensOf('six AK 47 rifles'), 1) // 'ak-47'
 */
export function modelNameAt(tokens: readonly NamedToken[], i: number): string | null {
  const t = tokens[i];
  if (!t) return null;
  const glued = GLUED.exec(t.text);
  if (glued) return CURRENCY_CODES.has(glued[1] as string) ? null : t.text.toLowerCase();
  const next = tokens[i + 1];
  return next && /^\d+$/.test(next.text) && codeAt(tokens, i) ? `${t.text}-${next.text}`.toLowerCase() : null;
}

/** A capitalised name and its number written as one token: "Boeing-737". */
const NAME_GLUED = /^\p{Lu}\p{Ll}+-\d{1,4}$/u;

/**
 * The one spelling of a capitalised name and its number at token i, whether written "Boeing-737" (one
 * token) or "Boeing 737" (a proper noun, then the number), so that the two read alike: "boeing-737";
 * else null. Unlike a code's, such a number is also read as a figure, since another sentence may
 * write it alone ("the Larkspur 8900" / "the 8900").
 * @example
 * nameNumberAt(tokensOf('a Boeing 737 landed'), 1) // 'boeing-737'
 */
export function nameNumberAt(tokens: readonly NamedToken[], i: number): string | null {
  const [t, next] = [tokens[i], tokens[i + 1]];
  // "Category 4", "Magnitude-5.9": a measure's name and its value, no name
  if (!t || MEASURE_NAMES.has(t.text.toLowerCase()) || gluedMeasure(tokens, i)) return null;
  if (NAME_GLUED.test(t.text)) return t.text.toLowerCase();
  const named = t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);
  return named && next && /^\d{1,4}$/.test(next.text) ? `${t.text}-${next.text}`.toLowerCase() : null;
}

/** The name with its number whose number starts at `start` ("a Boeing 737" → "boeing-737"); else null. */
export function nameNumberEndingAt(tokens: readonly NamedToken[], start: number): string | null {
  const at = tokens.findIndex((t) => t.start === start);
  return at > 0 ? nameNumberAt(tokens, at - 1) : null;
}

const NAME_NUMBERS = new WeakMap<readonly NamedToken[], ReadonlySet<string>>();

/** Every name with its number the tokens write, spaced or glued (see `nameNumberAt`); cached per token list. */
export function nameNumbersOf(tokens: readonly NamedToken[]): ReadonlySet<string> {
  let names = NAME_NUMBERS.get(tokens);
  if (!names) {
    names = new Set(tokens.flatMap((_, i) => nameNumberAt(tokens, i) ?? []));
    NAME_NUMBERS.set(tokens, names);
  }
  return names;
}

/**
 * Whether a figure of `tokens` (a number with no unit, starting at `figure.span.start`) is a name's
 * number ("a Boeing 737") that `other` writes too, spaced or glued ("a Boeing-737", one word and no
 * figure there): the same name, held as a word.
 */
export function numberOfNameIn(
  figure: { readonly unit: string | null; readonly span: { readonly start: number } },
  tokens: readonly NamedToken[],
  other: readonly NamedToken[],
): boolean {
  const name = figure.unit === null ? nameNumberEndingAt(tokens, figure.span.start) : null;
  return name !== null && nameNumbersOf(other).has(name);
}

/** A word of two or more letters, all capitals. */
const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * True when the token at c is a capital-letter code and the number after it is part of its name ("AK
 * 47"): no currency ("USD 5"), not a word of a line written in capitals ("REBELS KILL 40 IN …": a word
 * beside the pair in capitals too), and not a number that a unit, a scale or a time word follows ("the
 * US 20 days ago", "UK 5 percent"), which counts what follows it.
 */
function codeAt(tokens: readonly NamedToken[], c: number): boolean {
  const [code, number, after] = [tokens[c], tokens[c + 1], tokens[c + 2]];
  if (!code || !number || !CODE.test(code.text) || !OPENS_WITH_DIGIT.test(number.text)) return false;
  if (CURRENCY_CODES.has(code.text)) return false;
  if ([tokens[c - 1], after].some((t) => t && CAPITALS.test(t.text))) return false;
  const unit = after?.text.toLowerCase() ?? '';
  return !(MEASURE_UNITS.has(unit) || TIME_UNITS.has(unit) || Object.hasOwn(SCALES, unit));
}
