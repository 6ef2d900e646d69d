// The form of a sentence that candidates.ts reads to tell a whole, told sentence from a heading, a
// fragment or page furniture: Title Case, balanced brackets and quotes, a party label, an update's label.
import type { Token } from '../../model/index.ts';
import type { Unit } from './units.ts';

// A headline in Title Case ("Officials Meet With Mexico's President") capitalises its function words.
const FUNCTION_WORDS = new Set(
  'a an the to in on with for of and at by from as amid over into after'.split(' '),
);
const UPPER_START = /^\p{Lu}/u;
/** White space that is not one space: a tab, a line break, an odd space, or two spaces in a row. */
export const SPACE_TO_FOLD = /[^\S ]| {2}/;
/**
 * Whether a text is a headline in Title Case. (`text` is trimmed, its words one space apart: the words
 * after the first are read between the spaces, and only one of at most five characters is cut out.)
 */
export const titleCased = (text: string): boolean => {
  let inner = 0;
  for (let start = text.indexOf(' ') + 1; start > 0; ) {
    const next = text.indexOf(' ', start);
    const end = next < 0 ? text.length : next;
    const short = end - start <= 5;
    const w = short ? text.slice(start, end) : '';
    start = next + 1;
    if (!short || !FUNCTION_WORDS.has(w.toLowerCase())) continue;
    if (!UPPER_START.test(w)) return false;
    inner++;
  }
  return inner > 0;
};

/**
 * Whether a text closes every bracket and quotation it opens, as a whole sentence does: "… Jamie B.
 * Raskin (D-Md." is a fragment cut at an abbreviation, and a quotation running on into the next
 * sentence is only half told. A straight double mark closes a quotation a curly one opened and the
 * other way round, as scrapes mix them (“… a flawed legal premise." is whole; the shared
 * quotedRegions reads them so too).
 */
export const balanced = (text: string): boolean => {
  let [round, square, double] = [0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) round++;
    else if (c === 0x29) round--;
    else if (c === 0x5b) square++;
    else if (c === 0x5d) square--;
    else if (c === 0x201c) double++;
    else if (c === 0x201d) double--;
    else if (c === 0x22) double += double > 0 ? -1 : 1;
  }
  return round === 0 && square === 0 && double === 0;
};

/** "I" before a dash is a party label ("Sen. Karl Lunde (I-Vsm.)"), not the writer speaking. */
export const partyLabel = (text: string, t: Token): boolean =>
  t.text === 'I' && PARTY_DASH.test(text.charAt(t.end));
const PARTY_DASH = /[-‐–]/;

/** A unit from its token `cut` on (past an update's label), its span and tokens with it. */
export const withoutLabel = (unit: Unit, cut: number): Unit => {
  const tokens = unit.tokens.slice(cut);
  return { ...unit, start: (tokens[0] as Token).start, tokens };
};
