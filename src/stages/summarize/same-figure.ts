import { EXACT_TOLERANCE, QUALIFIERS } from '../../text/data/quantities.ts';
import { type ClaimFigure, sameQuantity } from '../../text/quantities.ts';
import type { Reading } from '../compare/support/index.ts';
import { inName } from '../compare/support/judge.ts';
import { agree, holdsFigure, inDimensions } from '../compare/support/quantities.ts';
import { moodIn, participantShare, personMissing } from '../compare/support/relations.ts';
import { holdsDate } from '../compare/support/same-date.ts';

// The qualifiers that bound or round a value; any other a figure carries makes it a vague quantity
// or a range ("dozens of", "several dozen", "a few hundred"), which many counts of a story fall in.
const BOUNDS = new Set(QUALIFIERS.map((q) => q.phrase));

// Whether a figure names a thing rather than counting one: inside a word of a name ("the 76ers"), or
// after a proper noun, past a mark ("the Kestrel Larkspur 8900", "Kestrel® 10", "Route 52").
function naming(f: ClaimFigure, r: Reading): boolean {
  if (inName(f, r)) return true;
  if (f.unit !== null) return false;
  const tokens = r.claim.tokens;
  const at = tokens.findIndex((t) => t.end > f.span.start);
  let k = at - 1;
  while (k >= 0 && MARK.test(tokens[k]?.text ?? '')) k--;
  // (a capitalised noun too: the tagger reads a product's name as one, "the Kestrel/NOUN ® 10")
  const before = tokens[k];
  return (before?.pos === 'PROPN' || before?.pos === 'NOUN') && /^\p{Lu}/u.test(before.text);
}
// a trademark or a character the text lost between a name and its number
const MARK = /^[®™©\uFFFD]$/u;

/**
 * Whether figure f and g count one thing at one rate, each saying what, with about the same value:
 * the same counted noun (or one of its class, "vehicles" / "cars"), or the same currency or percent.
 * Not a length of time nor a rank, which say what they measure no more than an age does ("for about
 * 15 years" / "a 15-year employee"; "in the sixth round" of two happenings), and not a value a bound
 * or "about" merely allows ("about $300 million" / "$334 million").
 */
export const countsAlike = (f: ClaimFigure, g: ClaimFigure): boolean =>
  f.unit !== 'days' &&
  f.unit !== 'ordinal' &&
  sameQuantity(f, g) &&
  f.rate === g.rate &&
  ((f.counts !== null && g.counts !== null) || f.unit !== null) &&
  agree(f, g) &&
  Math.abs(f.value - g.value) <= EXACT_TOLERANCE * Math.max(Math.abs(f.value), Math.abs(g.value));

/**
 * The figures of a claim that may make it told elsewhere by `tellsSameFigure`: none of two numbers
 * joined by "x", a name's number or a vague quantity ("dozens of").
 */
export function countingFigures(a: Reading): ClaimFigure[] {
  return a.claim.figures.filter(
    (f) => !inDimensions(f, a) && (f.qualifier === null || BOUNDS.has(f.qualifier)) && !naming(f, a),
  );
}

/**
 * Whether the sentence read as `b` tells the figure that makes claim `a`, and all else `a` names: a
 * figure of `a` that counts something (not a name's number, a vague quantity, a length of time or a
 * rank) is the same count as one of `b` at the same rate, with about the same value (`countsAlike`);
 * `b` states every figure of `a`, names all who take part in it (not who reports it) and holds its dates; and tells it in the
 * same mood and polarity. "The bridge carries about 80,000 vehicles a day" is told by "As many as
 * 80,000 cars cross the bridge daily", though the two share too few words for the support check to
 * read them as one statement. What `a` tells besides (its verb, a place, a time of day) may be left
 * untold: a fact told in part is not one source's alone.
 * @example
 * tellsSameFigure(read('Some 900 trucks a day use the port.'), read('About 900 lorries reach the port daily.')) // true
 */
export function tellsSameFigure(a: Reading, b: Reading): boolean {
  const figures = a.claim.figures.filter((f) => !inDimensions(f, a));
  if (!figures.length || !figures.every((f) => holdsFigure(f, b, a))) return false;
  const main = countingFigures(a);
  if (!main.some((f) => b.claim.figures.some((g) => !naming(g, b) && countsAlike(f, g)))) return false;
  // who takes part, as the judge reads it: every name's words or entity, every person (not who reports it)
  if (participantShare(a, b) < 1 || personMissing(a, b)) return false;
  // a time counted from an unknown day of writing that dates the statement is the outlet's (as the judge)
  const dates = a.dates.filter((d) => !(d.deictic && d.reported));
  if (!dates.every((d) => b.dates.some((e) => holdsDate(d, e)))) return false;
  const mood = moodIn(a, b);
  return mood.modality === a.modality && mood.negated === a.negated;
}
