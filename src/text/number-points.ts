// A decimal point as detokenised text leaves it: spaced ("after 4. 5 hours", "$1. 29" in ECB+), or
// stuck behind a word ending in digits ("magnitude-6.1"). The segmenter keeps such a point inside its
// sentence (segment/decimals.ts); these read the number around it. Read by number-at.ts (the support
// judge's figures) and the extract stage's numbers, as is a thousands separator spaced ("26, 000"),
// and a measure's value glued to its name ("magnitude-5.9").

import { MEASURE_NAMES, MEASURES_IN_LOWER_CASE } from './data/numbers.ts';

/** The little of a token the readers need: what it says and where. */
interface Placed {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The decimal that starts at token i when its point was spaced ("4. 5"): 1-3 digits, a point right
 * behind them and digits one space after it, as one number; else null.
 */
export function spacedDecimal(
  tokens: readonly Placed[],
  i: number,
): { value: number; end: number; digits: string } | null {
  const [t, dot, decimals] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!t || !/^\d{1,3}$/.test(t.text) || dot?.text !== '.' || dot.start !== t.end) return null;
  if (!decimals || !/^\d+$/.test(decimals.text) || decimals.start !== dot.end + 1) return null;
  const digits = `${t.text}.${decimals.text}`;
  return { value: Number(digits), end: i + 3, digits };
}

/**
 * Whether token i is the decimals of a number before it ("a magnitude-6.1 quake", "magnitude-6. 1"):
 * digits after a point stuck to a word that ends in digits are no number of their own ("1 quake").
 */
export function afterPoint(tokens: readonly Placed[], i: number): boolean {
  const [before, dot, t] = [tokens[i - 2], tokens[i - 1], tokens[i]];
  return (
    t !== undefined &&
    dot?.text === '.' &&
    before !== undefined &&
    dot.start === before.end &&
    /\d$/.test(before.text) &&
    t.start <= dot.end + 1
  );
}

/**
 * The number that starts at token i when a tokeniser spaced its thousands separator ("26, 000",
 * "£35, 000" in ECB+), read as written without the space; else null. Only groups of three digits
 * after a comma right behind 1-3 digits join, so a list ("in 2008, 200 people", "1, 2 and 3")
 * stays apart.
 */
export function spacedThousands(
  tokens: readonly Placed[],
  i: number,
): { value: number; end: number; digits: string } | null {
  let text = (tokens[i] as Placed).text;
  if (!/^\d{1,3}$/.test(text)) return null;
  let end = i + 1;
  for (;;) {
    const comma = tokens[end];
    const group = tokens[end + 1];
    if (
      comma?.text !== ',' ||
      comma.start !== tokens[end - 1]?.end ||
      !group ||
      group.start !== comma.end + 1
    )
      break;
    if (!/^\d{3}(\.\d+)?$/.test(group.text)) break;
    text += group.text;
    end += 2;
    if (group.text.includes('.')) break;
  }
  return end > i + 1 ? { value: Number(text), end, digits: text } : null;
}

/** A word and 1-3 digits glued by a hyphen in one token, as a tokeniser keeps "magnitude-5" of "magnitude-5.9". */
const WORD_NUMBER = /^(\p{L}+)-(\d{1,3}(?:\.\d+)?)$/u;

/** A measure's name (lower-cased, of MEASURE_NAMES) and its number glued in token t ("magnitude-5"); else null. */
function measureGlued(t: Placed | undefined): { name: string; whole: string } | null {
  const glued = t?.text.includes('-') ? WORD_NUMBER.exec(t.text) : null;
  const name = (glued?.[1] as string | undefined)?.toLowerCase();
  return glued && name && MEASURE_NAMES.has(name) ? { name, whole: glued[2] as string } : null;
}

/**
 * The value at token i when it is a measure's name glued by a hyphen to its number ("a category-4
 * storm", "a magnitude-5.9 quake", which a tokeniser splits "magnitude-5" | "." | "9", and
 * "magnitude-5. 9" as some texts are detokenised): the measure's value, with the decimals after its
 * point, not a name "magnitude-5"; else null. The names are MEASURE_NAMES (data/numbers.ts).
 */
export function gluedMeasure(
  tokens: readonly Placed[],
  i: number,
): { value: number; end: number; digits: string } | null {
  const t = tokens[i];
  const glued = measureGlued(t);
  if (!t || !glued) return null;
  const [dot, decimals] = [tokens[i + 1], tokens[i + 2]];
  const whole = glued.whole;
  if (
    whole.includes('.') ||
    dot?.text !== '.' ||
    dot.start !== t.end ||
    !decimals ||
    !/^\d+$/.test(decimals.text) ||
    decimals.start > dot.end + 1
  )
    return { value: Number(whole), end: i + 1, digits: whole };
  const digits = `${whole}.${decimals.text}`;
  return { value: Number(digits), end: i + 3, digits };
}

/**
 * The measure whose value the number at token i is: the name glued to it ("a magnitude-5.9 quake") or
 * the word just before it ("a Category 4 hurricane", "Grade 5 students"), lower-cased, with the token
 * the figure's text starts at; else null. Its value measures the noun after it, counts none of it.
 * @example
 * measureBefore(tokens('a Category 4 hurricane'), 2); // { name: 'category', first: 1 }
 */
export function measureBefore(tokens: readonly Placed[], i: number): { name: string; first: number } | null {
  const t = tokens[i];
  const glued = measureGlued(t);
  if (glued) return { name: glued.name, first: i };
  const before = tokens[i - 1];
  const name = before?.text.toLowerCase();
  // one space between the name and its number, nothing else
  if (!t || !before || !name || !MEASURE_NAMES.has(name) || t.start - before.end !== 1) return null;
  // a capital names the measure ("Force 10", "Stage 3"); in lower case most such words are plain
  // nouns before a count ("took the stage 20 minutes late", "sea level 300 homes")
  if (!/^\p{Lu}/u.test(before.text) && !MEASURES_IN_LOWER_CASE.has(name)) return null;
  return /^\d/.test(t.text) ? { name, first: i - 1 } : null;
}

/** Whether token k is a hyphen stuck between the token before and the word after ("$137-million"). */
export function joinedByHyphen(tokens: readonly Placed[], k: number): boolean {
  const [dash, word] = [tokens[k], tokens[k + 1]];
  return dash?.text === '-' && dash.start === tokens[k - 1]?.end && word?.start === dash.end;
}
