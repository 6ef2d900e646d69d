import type { Token } from '../../../model/index.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { NUMBER_NAMING_NOUNS } from '../data/number-names.ts';
import { tokenAt } from './figure-words.ts';
import type { Reading } from './reading.ts';

const PART_OF = new Set(['including', 'includes', 'included', 'incl']);

// "the remainder", "the rest", "the balance": what is left of a whole of which a figure is a part.
const REST = new Set(['remainder', 'rest', 'balance']);

const INCREMENT = new Set(['more', 'additional', 'further', 'extra']);

const CALENDAR =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(mon|tues|wednes|thurs|fri|satur|sun)day$/;

/**
 * Whether a figure says nothing on its own: a part of another amount ("including $281 million"), a
 * length counted back from the day of writing ("12 days ago"), a conversion in brackets, an increment
 * ("two more times"), a number that names a thing ("Flight 370", "version 7"), or what a segmenter
 * left of a cut decimal.
 */
export function untrusted(f: ClaimFigure, r: Reading): boolean {
  const tokens = r.claim.tokens;
  const at = tokenAt(f, r);
  const before: Token | undefined = tokens[at - 1];
  // "$334 million, including $281 million in cash": a part of another amount, not the amount
  if (PART_OF.has(before?.norm ?? '')) return true;
  // "$281 million in cash and the remainder in stock": a part of an amount the sentence does not give
  if (tokens.slice(at + 1).some((t, k, rest) => REST.has(t.norm) && rest[k - 1]?.norm === 'the')) return true;
  // "$4.2 billion in cash and 57 million shares": one part of a payment made in two forms
  const last = tokens.findLastIndex((t) => t.start < f.span.end);
  const [w1, w2, w3, w4] = [1, 2, 3, 4].map((d) => tokens[last + d]);
  if (
    w1?.norm === 'in' &&
    w2?.pos === 'NOUN' &&
    w3?.norm === 'and' &&
    r.claim.figures.some((g) => g.span.start === w4?.start)
  )
    return true;
  // "12 days ago": a length counted back from the day of writing differs between articles of other days
  if (tokens.some((t) => t.start >= f.span.end && t.start <= f.span.end + 12 && t.norm === 'ago'))
    return true;
  // "about two metres (6.5 feet)": the same amount in other units
  if (
    before?.text === '(' &&
    r.claim.figures.some((g) => g !== f && g.span.end <= before.start && before.start - g.span.end < 24)
  )
    return true;
  // "married two more times", "three additional guards": what is added to a number, not the number
  const after: Token | undefined = tokens[at + 1];
  if (f.unit === null && INCREMENT.has(after?.norm ?? '')) return true;
  // "Interstate 75", "Flight 370": a bare number right after a capitalised name word names something
  if (
    f.unit === null &&
    !f.worded &&
    before !== undefined &&
    at > 1 &&
    (before.pos === 'PROPN' || before.pos === 'NOUN') &&
    /^\p{Lu}\p{Ll}/u.test(before.text) &&
    before.end + 1 >= f.span.start &&
    !CALENDAR.test(before.norm)
  )
    return true;
  // "version 7", "route 66": a bare number after a noun that numbers things names one of them
  if (f.unit === null && !f.worded && NUMBER_NAMING_NOUNS.has(before?.norm ?? '')) return true;
  // a sentence cut inside a number ends on its whole part ("… a preliminary magnitude of 4." + "5 …")
  if (r.claim.broken && last + 2 === tokens.length && tokens[last + 1]?.text === '.') return true;
  // a sentence does not open with digits: "0 quake struck …" is what a segmenter left of "6. 0"
  return f.span.start === r.claim.sentence.start && /^\d/.test(tokens[at]?.text ?? '');
}
