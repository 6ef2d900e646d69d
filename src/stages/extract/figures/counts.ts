import { type Doc, sentenceOf, spacedAt, type Tok } from '../../../text/annotated.ts';
import {
  FIGURE_BACK_DETERMINERS,
  FIGURE_BACK_REFERENCES,
  IRREGULAR_UNIT_PLURALS,
  MEASURE_UNITS,
  TIME_UNITS,
  UNIT_ABBREVIATIONS,
} from '../../../text/data/numbers.ts';
import { headlineVerbAt } from '../../../text/headline-verb.ts';
import { modelNumberAt } from '../../../text/model-number.ts';
import { measureBefore } from '../../../text/number-points.ts';
import { inchMarkAt, poweredUnitAt } from '../../../text/unit-compound.ts';
import { COORDINATORS, POSSESSIVE_PRONOUNS } from '../data/function-words.ts';
import type { NumberGroup } from '../numbers.ts';

const COUNT_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
// a plural in -s, not a singular in -ss, -us or -is ("stimulus", "bus", "crisis")
const PLURAL = /[^siu]s$/;
const ING = /..ing$/;

/** What a figure counts, as written, and its head noun singular and lower-case for matching. */
export interface Counted {
  readonly counts: string | null;
  readonly head: string | null;
}

/** A figure's unit, the token range of what it counts, and one past its last token before what it counts. */
export interface Measure {
  readonly unit: string | null;
  readonly counts: [number, number] | null;
  readonly end: number;
}

function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

// Whether a common noun follows the run of proper nouns at k (before `end`).
function nounAfterName(doc: Doc, k: number, end: number): boolean {
  while (k < end && (doc.tokens[k] as Tok).pos === 'PROPN') k++;
  return k < end && (doc.tokens[k] as Tok).pos === 'NOUN';
}

// "$2.6 million early Monday": a day or a time that no noun follows is when, not what is counted
// ("3 Monday meetings" counts the meetings).
function dayEndsPhrase(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Tok;
  return (t.entity === 'DATE' || t.entity === 'TIME') && doc.tokens[k + 1]?.pos !== 'NOUN';
}

// "12 worst-hit villages", "black-hooded anarchists": a participle joined by a hyphen to the word
// before it is part of a compound (a dash before "the", "but" or "one" is not).
function compoundPart(doc: Doc, k: number): boolean {
  const [t, dash] = [doc.tokens[k] as Tok, doc.tokens[k - 1]];
  return t.pos === 'VERB' && !spacedAt(doc, k) && dash?.text === '-' && !spacedAt(doc, k - 1);
}

// "killing 612 people and wounding 1,400", "injuring five people and damaging buildings": a word in
// -ing after the conjunction at k opens the next clause, unless the word before it is one too
// ("swimming and diving coaches")
function participleJoined(doc: Doc, k: number): boolean {
  const [before, after] = [doc.tokens[k - 1], doc.tokens[k + 1]];
  return ING.test(after?.norm ?? '') && !ING.test(before?.norm ?? '');
}

/** The counted noun phrase after a number: "migrant crossings", "ports of entry". */
function countsAfter(doc: Doc, k: number, end: number): [number, number] | null {
  let b = k;
  // "a three-tweet directive", "a 4.6-magnitude quake": the hyphen that joins the number is not counted
  if (doc.tokens[b]?.text === '-' && !spacedAt(doc, b)) b++;
  if ((doc.tokens[b] as Tok | undefined)?.norm === 'of' && COUNT_POS.has(doc.tokens[b + 1]?.pos ?? '')) b++;
  const a = b;
  let noun = false;
  while (
    b < end &&
    // "5 bus drivers Vessmark hired": a name after the counted noun starts another phrase, unless a
    // noun follows it ("4.6 magnitude California earthquake")
    !(noun && (doc.tokens[b] as Tok).pos === 'PROPN' && !nounAfterName(doc, b, end)) &&
    !dayEndsPhrase(doc, b) &&
    (COUNT_POS.has((doc.tokens[b] as Tok).pos) ||
      ((doc.tokens[b] as Tok).text === '-' && !spacedAt(doc, b)) ||
      (b - 1 > a && compoundPart(doc, b)) ||
      // "six AK 47 rifles": a model's number is part of the counted phrase
      (b > a && modelNumberAt(doc.tokens, b)) ||
      // "1,900 bus and ferry workers": nouns joined by "and" or "or" before the head
      (b > a &&
        COORDINATORS.has((doc.tokens[b] as Tok).norm) &&
        COUNT_POS.has(doc.tokens[b + 1]?.pos ?? '') &&
        !participleJoined(doc, b)))
  )
    if ((doc.tokens[b++] as Tok).pos === 'NOUN') noun = true;
  // nor an adjective, a conjunction or a dash the phrase ends on ("20 wives and Oler": "wives";
  // "1,000 associates-the name for …": "associates")
  while (
    b > a &&
    ((doc.tokens[b - 1] as Tok).pos === 'ADJ' ||
      COORDINATORS.has((doc.tokens[b - 1] as Tok).norm) ||
      (doc.tokens[b - 1] as Tok).text === '-')
  )
    b--;
  b = headlineCut(doc, a, b);
  // "Four men smash their car": a noun not plural, after a noun and before a possessive, is the verb
  for (let k = a + 1; k < b; k++) {
    const t = doc.tokens[k] as Tok;
    const [prev, next] = [doc.tokens[k - 1] as Tok, doc.tokens[k + 1]];
    if (
      prev.pos === 'NOUN' &&
      t.pos === 'NOUN' &&
      !PLURAL.test(t.norm) &&
      POSSESSIVE_PRONOUNS.has(next?.norm ?? '')
    )
      b = k;
  }
  // "thousands of migrants treks towards …": a plural noun after a plural noun, before a preposition, is a verb
  const last = doc.tokens[b - 1] as Tok | undefined;
  const before = doc.tokens[b - 2];
  if (b - a >= 2 && last && before && PLURAL.test(last.norm) && PLURAL.test(before.norm)) {
    const next = doc.tokens[b];
    if (next && (next.pos === 'ADP' || next.pos === 'DET')) b--;
  }
  if (b === a) return null;
  if (doc.tokens[b]?.norm === 'of' && doc.tokens[b + 1]?.pos === 'NOUN' && b - a === 1) b += 2;
  return [a, b];
}

// The counted phrase a..b cut before a headline's verb (text/headline-verb.ts).
function headlineCut(doc: Doc, a: number, b: number): number {
  const sentence = doc.sentences[sentenceOf(doc, a)];
  return sentence ? headlineVerbAt(doc.tokens, a, b, sentence.first, sentence.end) : b;
}

function isUnitWord(word: string): boolean {
  return TIME_UNITS.has(word) || MEASURE_UNITS.has(word);
}

function isUnit(t: Tok | undefined): boolean {
  return t !== undefined && isUnitWord(t.norm);
}

/**
 * True when the unit at k, spaced or glued to its number, stands before a noun as a hyphened one
 * does ("a 512MHz processor", "a 3.2 megapixel camera"): written as for one, or a short spelling
 * that is written alike for many ("MHz", "GB"); no unit of time ("logged 12 hours Monday").
 */
function attributiveUnit(doc: Doc, k: number): boolean {
  const word = (doc.tokens[k] as Tok).norm;
  const next = doc.tokens[k + 1]?.pos;
  if (TIME_UNITS.has(word) || (next !== 'NOUN' && next !== 'ADJ')) return false;
  return Object.hasOwn(UNIT_ABBREVIATIONS, word) || isUnitWord(IRREGULAR_UNIT_PLURALS[word] ?? `${word}s`);
}

// The first token of the sentence of the token before k (the number an inch mark at k is glued to).
const sentenceFirst = (doc: Doc, k: number): number => doc.sentences[sentenceOf(doc, k - 1)]?.first ?? 0;

/** Read the unit and the counted phrase after the number g, whose last token ends before `end`. */
export function readMeasure(doc: Doc, g: NumberGroup, end: number, ceil: number): Measure {
  let stop = end;
  // "a Category 4 hurricane", "a magnitude-5.9 quake": the measure is the unit, nothing is counted
  const named = g.currency || g.percent ? null : measureBefore(doc.tokens, g.first);
  if (named) return { unit: named.name, counts: null, end: stop };
  // "a 1.4-kilometre bridge", "a four-hour meeting", "a 1,500-square-kilometer island": the unit joined by a hyphen
  const joined = doc.tokens[stop]?.text === '-' && !spacedAt(doc, stop);
  if (joined && (isUnit(doc.tokens[stop + 1]) || poweredUnitAt(doc.tokens, stop + 1))) stop++;
  const unitTok = doc.tokens[stop];
  let unit: string | null = g.currency ?? (g.percent ? 'percent' : null);
  let counts: [number, number] | null = null;
  const powered = unit ? null : poweredUnitAt(doc.tokens, stop);
  // "a 10.1″ screen", "a 3.1\" touch screen": the inch mark as "a 10.1-inch screen" reads
  const inch = unit || powered ? null : inchMarkAt(doc.tokens, stop, sentenceFirst(doc, stop));
  if (inch) {
    unit = inch.unit;
    stop = inch.end;
    counts = countsAfter(doc, stop, ceil);
  } else if (powered) {
    // an area or a volume ("1,500 square kilometers"); "a 1,500-square-kilometer island" measures the island
    const hyphened = doc.tokens[stop - 1]?.text === '-';
    unit = powered.unit;
    stop = powered.end;
    counts = hyphened || doc.tokens[stop]?.norm === 'of' ? countsAfter(doc, stop, ceil) : null;
  } else if (!unit && isUnit(unitTok)) {
    const hyphened = doc.tokens[stop - 1]?.text === '-';
    // "four-hour" is four hours, "30-foot" 30 feet, "3.2 megapixel" 3.2 megapixels
    const norm = UNIT_ABBREVIATIONS[(unitTok as Tok).norm] ?? (unitTok as Tok).norm;
    const plural = IRREGULAR_UNIT_PLURALS[norm] ?? `${norm}s`;
    unit = (hyphened || g.value !== 1) && isUnitWord(plural) ? plural : norm;
    const before = attributiveUnit(doc, stop);
    stop++;
    // "a four-hour meeting" counts meetings; "10 miles of road" counts road; "a 512MHz processor" as "a 512-MHz processor"
    counts = hyphened || before || doc.tokens[stop]?.norm === 'of' ? countsAfter(doc, stop, ceil) : null;
  } else counts = countsAfter(doc, stop, ceil);
  return { unit, counts, end: stop };
}

/** What a figure counts: the phrase after it, else the last figure's when the sentence refers back to it. */
export function countedOf(
  doc: Doc,
  measure: Measure,
  first: number,
  floor: number,
  lastCounted: { counts: string; head: string } | null,
): Counted {
  const { counts, unit } = measure;
  const countsText = counts ? spanText(doc, counts) : null;
  const head = counts ? headOf(doc, counts) : null;
  // "In 2020, that number was 646,822": what the figure counts is the last figure's
  if (!countsText && !unit && refersBack(doc, first, floor) && lastCounted) return lastCounted;
  return { counts: countsText, head };
}

/** The head noun of the counted range a..b: its last word, singular and lower-case, for matching. */
export function headOf(doc: Doc, [, b]: [number, number]): string {
  return singular((doc.tokens[b - 1] as Tok).norm);
}

/** The text of the token range a..b, as written. */
export function spanText(doc: Doc, [a, b]: [number, number]): string {
  return doc.text.slice((doc.tokens[a] as Tok).start, (doc.tokens[b - 1] as Tok).end);
}

/**
 * "that number was 646,822", "the total is 12": a noun naming a figure shortly before the number,
 * opened by a determiner (FIGURE_BACK_DETERMINERS; "arrivals total about 2,300" tells its own count).
 */
function refersBack(doc: Doc, first: number, floor: number): boolean {
  for (let k = first - 1; k >= Math.max(floor, first - 4); k--) {
    if (!FIGURE_BACK_REFERENCES.has((doc.tokens[k] as Tok).norm)) continue;
    // "the total", "that number", "the final tally": a determiner opens it, an adjective may stand
    // between ("this year total" is no "this total")
    const before = doc.tokens[k - 1];
    const adjective = before?.pos === 'ADJ' && k - 2 >= floor ? doc.tokens[k - 2] : undefined;
    if (k - 1 >= floor && FIGURE_BACK_DETERMINERS.has(before?.norm ?? '')) return true;
    if (FIGURE_BACK_DETERMINERS.has(adjective?.norm ?? '')) return true;
  }
  return false;
}
