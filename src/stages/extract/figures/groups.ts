import { ageAt } from '../../../text/ages.ts';
import { type Doc, type DocSentence, sentenceOf, spacedAt, type Tok } from '../../../text/annotated.ts';
import { clockWordEnd, fourDigitClockEnd, spacedClockEnd } from '../../../text/clock.ts';
import { VERSION_WORDS } from '../../../text/data/numbers.ts';
import { FRACTION_PARTS } from '../../../text/data/quantities.ts';
import { dimensionsEnd } from '../../../text/dimensions.ts';
import { modelNumberAt } from '../../../text/model-number.ts';
import { labelAt } from '../../../text/number-label.ts';
import { gluedMeasure } from '../../../text/number-points.ts';
import { isNumberToken } from '../../../text/number-token.ts';
import { insideWordNumber, wordNumberAt } from '../../../text/number-words.ts';
import { pointShareAt } from '../../../text/point-share.ts';
import { bareTallyEnds } from '../../../text/tally.ts';
import { DAY_PARTS, DEFINITE_DETERMINERS, HOUR_BEFORE } from '../data/function-words.ts';
import { STREET_WORDS } from '../data/places.ts';
import { type NumberGroup, readNumber } from '../numbers.ts';
import { YEAR_RANGE } from '../patterns.ts';

// Words that open a number of several words though they are no number of their own ("one hundred").
const WORDS_OPENER = /^(?:one|an?)$/;

/** A number written in digits, not in words: the only kind that is a figure without a unit or a counted noun. */
export const DIGIT_START = /^\d/;
/**
 * The token after a part of one at i: "two-thirds of a lane", or "1 / 3 inch" as a tokeniser spaces
 * "1/3" (a proper fraction, one digit over one). Such a share is no count, as the joined "1/3" is
 * none; else -1.
 */
function partOfOneEnd(doc: Doc, i: number): number {
  const [t, link, next] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
  if (!t || !link || !next) return -1;
  if (link.text === '-' && !spacedAt(doc, i + 1) && !spacedAt(doc, i + 2) && FRACTION_PARTS.has(next.norm))
    return i + 3;
  const proper = /^[1-9]$/.test(t.text) && /^[2-9]$/.test(next.text) && Number(t.text) < Number(next.text);
  return link.text === '/' && proper ? i + 3 : -1;
}

/** Capitalised words or ordinals a street's name may have before its street word ("East 5th Avenue"). */
const STREET_NAME_REACH = 3;

/**
 * The token after a label at the number i: a street address ("505 LaGuardia Place", "12 Park Ave.";
 * not "12 Harbor Street lamps") or a rank ("the No. 2 figure"), which count nothing; else -1.
 */
function labelEnd(doc: Doc, i: number): number {
  const t = doc.tokens[i] as Tok;
  if (!/^\d+$/.test(t.text)) return -1;
  if (/^(?:No\.?|no\.)$/.test(doc.tokens[i - 1]?.text ?? '')) return i + 1;
  for (let k = i + 1; k <= i + STREET_NAME_REACH; k++) {
    const w = doc.tokens[k];
    if (!w || sentenceOf(doc, k) !== sentenceOf(doc, i) || !/^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u.test(w.text))
      return -1;
    if (k > i + 1 && STREET_WORDS.has(w.norm.replace(/\.$/, ''))) {
      // "12 Harbor Street lamps": a noun after the street's name is what is counted
      const next = doc.tokens[k + 1];
      return next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) ? -1 : k + 1;
    }
  }
  return -1;
}

/** Fewest whole numbers in a row, nothing between them but spaces, that make a phone or account number. */
const CODE_RUN = 3;
const WHOLE = /^\d+$/;

/**
 * The index after the code that the whole number at i is part of: a run of three or more whole numbers with only
 * spaces between them ("Dial-in number: +1 877 268 9324"), a date written with slashes ("8 / 2 / 13",
 * "Updated 4 / 9 / 2007" as a tokeniser spaces them), or a number between two slashes, as in a web
 * address's path ("com / 2007 / 08 / story"); else -1. None counts.
 */
function codeRunEnd(doc: Doc, i: number): number {
  const t = doc.tokens[i] as Tok;
  if (!WHOLE.test(t.text)) return -1;
  const [slash, middle, second, last] = doc.tokens.slice(i + 1, i + 5);
  if (
    slash?.text === '/' &&
    WHOLE.test(middle?.text ?? '') &&
    second?.text === '/' &&
    WHOLE.test(last?.text ?? '')
  )
    return i + 5;
  if (doc.tokens[i - 1]?.text === '/' && slash?.text === '/') return i + 1;
  let a = i;
  while (WHOLE.test(doc.tokens[a - 1]?.text ?? '') && spacedAt(doc, a)) a--;
  let b = i + 1;
  while (WHOLE.test(doc.tokens[b]?.text ?? '') && spacedAt(doc, b)) b++;
  return b - a >= CODE_RUN ? b : -1;
}

/** Tokens between an hour (or its range) and the part of the day it is in ("in the", "the next"). */
const DAY_PART_REACH = 3;

const isHour = (t: Tok | undefined): boolean => t !== undefined && isNumberToken(t) && numberOf(t) <= 12;
const numberOf = (t: Tok): number => (/^\d+$/.test(t.text) ? Number(t.text) : Number.NaN);

/**
 * The token after an hour told without a clock word at i, with the hour that ends its range ("about 9
 * or 10 the next morning", "at 7 in the morning"): after one of HOUR_BEFORE and before a part of the
 * day that no noun follows; else -1.
 */
function dayPartHourEnd(doc: Doc, i: number): number {
  const t = doc.tokens;
  let k = i;
  while (k > 0 && isHour(t[k - 2]) && /^(?:or|to|-)$/.test(t[k - 1]?.norm ?? '')) k -= 2;
  if (!isHour(t[i]) || !HOUR_BEFORE.has(t[k - 1]?.norm ?? '')) return -1;
  let end = i + 1;
  if (/^(?:or|to|-)$/.test(t[end]?.norm ?? '') && isHour(t[end + 1])) end += 2;
  for (let j = end; j <= end + DAY_PART_REACH; j++) {
    const w = t[j];
    if (!w || sentenceOf(doc, j) !== sentenceOf(doc, i)) return -1;
    if (DAY_PARTS.has(w.norm)) return t[j + 1]?.pos === 'NOUN' ? -1 : end;
    if (!/^(?:ADP|DET|ADJ)$/.test(w.pos)) return -1;
  }
  return -1;
}

function isYear(t: Tok): boolean {
  const n = Number(t.text);
  return /^\d{4}$/.test(t.text) && n >= (YEAR_RANGE[0] as number) && n <= (YEAR_RANGE[1] as number);
}

/** The numbers of a sentence that may be figures: no years, ages, parts of names or times of day. */
export function numberGroups(doc: Doc, s: DocSentence): NumberGroup[] {
  const groups: NumberGroup[] = [];
  // a vote's tally ("voted 7–2", "voted 7 to 2"): the vote's count, no figures 7 and 2 (text/tally.ts)
  const tallies = bareTallyEnds(doc.tokens.slice(s.first, s.end));
  for (let i = s.first; i < s.end; i++) {
    const t = doc.tokens[i] as Tok;
    const tallyEnd = tallies.get(i - s.first);
    if (tallyEnd !== undefined) {
      i = s.first + tallyEnd - 1;
      continue;
    }
    // "a quarter-point cut", "half a point": a share of a point, in points (text/point-share.ts)
    const share = pointShareAt(doc.tokens, i);
    if (share && share.end <= s.end) {
      const points = share.percentage ? 'percentage points' : 'points';
      groups.push({
        first: i,
        end: share.end,
        value: share.value,
        currency: null,
        percent: false,
        vague: null,
        high: null,
        points,
      });
      i = share.end - 1;
      continue;
    }
    // "One hundred and forty", "a hundred and twelve": "one" and "a" open a number of several words
    const opensWords = WORDS_OPENER.test(t.norm) && wordNumberAt(doc.tokens, i)?.compound === true;
    if ((!isNumberToken(t) && !gluedMeasure(doc.tokens, i) && !opensWords) || isYear(t)) continue;
    // "hundred" and "forty" of "one hundred and forty": read with its first word
    if (!DIGIT_START.test(t.text) && insideWordNumber(doc.tokens, i)) continue;
    // part of a name ("AK 47 rifles", "a Boeing 737"), no count
    if (modelNumberAt(doc.tokens, i, s.first)) continue;
    const prev = doc.tokens[i - 1];
    if (prev && !spacedAt(doc, i) && /[\p{L}-]$/u.test(prev.text)) continue;
    if (prev && DEFINITE_DETERMINERS.has(prev.norm) && !DIGIT_START.test(t.text)) continue;
    const skip = Math.max(
      spacedClockEnd(doc.tokens, i),
      // "1100 hrs", "at 0930 hours": a time of day, no count of hours
      fourDigitClockEnd(doc.tokens, i),
      partOfOneEnd(doc, i),
      // an age is no figure ("aged 81", "Carla Menzies, 34, who …", "a 14-year-old")
      ageAt(doc.tokens, i, s)?.end ?? -1,
      // a size ('480 x 360 pixels', 'a 2x4 board', 'a 480-by-360 screen'): no count
      dimensionsEnd(doc.tokens, i),
      labelEnd(doc, i),
      // a number that names ("route 9", "routes 2, 4 and 9", "Gate 12")
      labelAt(doc.tokens, i)?.end ?? -1,
      dayPartHourEnd(doc, i),
      codeRunEnd(doc, i),
    );
    if (skip >= 0) {
      i = skip - 1;
      continue;
    }
    const g = readNumber(doc, i, s.end);
    if (!g) continue;
    // "Bluetooth version 2.0", "version 3. 1" as a tokeniser spaces it: a version's number, no count
    if (prev && VERSION_WORDS.has(prev.norm)) {
      i = g.end - 1;
      continue;
    }
    // "between 10 p.m. and 5 a.m.": a time of day
    const clock = clockWordEnd(doc.tokens, g.end);
    if (clock >= 0) {
      i = clock - 1;
      continue;
    }
    groups.push(fromOne(doc, g));
    i = g.end - 1;
  }
  return groups;
}

/**
 * A range that opens with "one", which is never a number token of its own: "one or two bodyguards",
 * "one to three years" are 1 to 2 and 1 to 3, not 2 and 3; else g.
 */
function fromOne(doc: Doc, g: NumberGroup): NumberGroup {
  const [link, one] = [doc.tokens[g.first - 1], doc.tokens[g.first - 2]];
  if (!link || !one || !/^(?:or|to)$/.test(link.norm) || one.norm !== 'one' || g.vague || g.value <= 1)
    return g;
  if (sentenceOf(doc, g.first - 2) !== sentenceOf(doc, g.first - 1)) return g;
  return { ...g, first: g.first - 2, value: 1, high: g.value };
}

/** The high end of a range after a number ("10 to 12", "10-12", "between 10 and 12"), if it is higher. */
export function rangeHigh(doc: Doc, g: NumberGroup, ceil: number): NumberGroup | null {
  const link = doc.tokens[g.end];
  if (
    link &&
    (link.norm === 'to' ||
      link.text === '-' ||
      (link.norm === 'and' && doc.tokens[g.first - 1]?.norm === 'between')) &&
    isNumberToken(doc.tokens[g.end + 1])
  ) {
    const high = readNumber(doc, g.end + 1, ceil);
    if (high && high.value > g.value) return high;
  }
  return null;
}
