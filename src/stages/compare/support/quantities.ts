import type { Token } from '../../../model/index.ts';
import { isAgeFigure } from '../../../text/ages.ts';
import { EXACT_TOLERANCE, NUMBER_WORDS, QUALIFIERS } from '../../../text/data/quantities.ts';
import { inDimensionsAt } from '../../../text/dimensions.ts';
import { numberOfNameIn } from '../../../text/model-number.ts';
import { stem } from '../../../text/normalise.ts';
import { type ClaimFigure, sameQuantity, sameUnit, valuesAgree } from '../../../text/quantities.ts';
import { lookupOf } from '../text.ts';
import { linkOf, linksDiffer } from './change-links.ts';
import type { ClaimDate } from './dates.ts';
import { fractionFigures, withFractions } from './fractions.ts';
import { perReading, type Reading } from './reading.ts';
import { holdsDate } from './same-date.ts';
import { heldByTally } from './tallies.ts';

/**
 * Whether two figures' values agree. Two bounds of one kind ("more than 26,000" / "more than
 * 31,000") each tell the value the writer found, so those values must agree, not only the intervals.
 */
export function agree(f: ClaimFigure, g: ClaimFigure): boolean {
  if (!valuesAgree(f, g)) return false;
  // two plain values agree as one value only: "200 homes" / "210 homes" is a difference to check
  if (f.qualifier === null && g.qualifier === null) return oneValue(f, g);
  if (f.qualifier === null || f.qualifier !== g.qualifier) return true;
  return Math.abs(f.value - g.value) <= EXACT_TOLERANCE * Math.max(Math.abs(f.value), Math.abs(g.value));
}

// The qualifiers of a value named with it ("at least 15,000", "nearly 23,000"); a loose count told in
// words ("thousands of") names none, and a precise value inside it states it.
const NAMED_BOUND: ReadonlySet<string> = new Set(QUALIFIERS.map((q) => q.phrase));

// How far a written value may be from a qualified claim's and still state it ("about 200" / "210"),
// not another value in a range both allow.
const HOLD_TOLERANCE = 0.05;

// Whether two plain values are one, in any written form ("2.4 million" / "2,400,000"): an exact value
// states only itself, "90 millimetres" not "92 millimetres". Durations told in two units are one within
// the days a month or a year is read as ("12 months", 360 days / "a year", 365).
const oneValue = (f: ClaimFigure, g: ClaimFigure): boolean =>
  Math.abs(f.value - g.value) <=
  (f.unit === 'days' && g.unit === 'days' ? 0.015 : 1e-9) * Math.max(Math.abs(f.value), Math.abs(g.value));

// Qualifiers that leave out the value they name ("more than 10", "under 5").
const STRICT_ABOVE = new Set(['more than', 'greater than', 'over', 'just over', 'upwards of']);
const STRICT_BELOW = new Set(['fewer than', 'less than', 'under', 'just under']);

// Whether figure g states f: its value written alike, or all it allows within what f allows
// ("five bombs" states "at least four bombs", "80" states "dozens"; "up to 120 mph" does not
// state "more than 100 mph", though both allow 110), when g is told exactly.
function states(f: ClaimFigure, g: ClaimFigure): boolean {
  // a strict bound is not stated by its own value: "10 people" does not state "more than 10"
  if (g.qualifier === null && STRICT_ABOVE.has(f.qualifier ?? '')) return g.value > f.value;
  if (g.qualifier === null && STRICT_BELOW.has(f.qualifier ?? '')) return g.value < f.value;
  // two plain values state each other as one value only: "36 miles" does not state "35 miles", nor "90
  // millimetres" "92 millimetres", nor "210 homes" "200 homes"; "about 35" allows 36
  if (f.qualifier === null && g.qualifier === null) return oneValue(f, g);
  const slack = HOLD_TOLERANCE * Math.max(Math.abs(f.value), Math.abs(g.value));
  // two bounds or estimates each tell the value their writer found: "nearly 23,000" does not state "at
  // least 15,000", though it lies inside it (a count told exactly may: "42 boats", "at least 40 boats")
  if (NAMED_BOUND.has(f.qualifier ?? '') && g.qualifier !== null && Math.abs(f.value - g.value) > slack)
    return false;
  if (Math.abs(f.value - g.value) <= slack) return true;
  // a plain value against a qualified one: its value within what the qualifier allows, which is a
  // rounding's reach already ("1.4 million" is not "about 1.2 million", 1.02-1.38 million, though its
  // own rounding and the slack, added to that reach, met it)
  if (f.qualifier !== null && g.qualifier === null) return g.value >= f.low && g.value <= f.high;
  return g.low >= f.low - slack && g.high <= f.high + slack;
}

/**
 * Whether `b` states figure `f` (of claim `a`, when given) in some written form: the same unit and
 * rate, a value that states it (see `states`), and not another link to a change ("by" / "to"; `b`'s
 * "up from 41,000" does not state a claim's "41,000": change-links.ts).
 */
export const holdsFigure = (f: ClaimFigure, b: Reading, a?: Reading): boolean =>
  holdsAmong(f, b.claim.figures, b, a);

// Whether one of `figures` (of `b`) states `f` (see holdsFigure).
const holdsAmong = (f: ClaimFigure, figures: readonly ClaimFigure[], b: Reading, a?: Reading): boolean =>
  figures.some(
    (g) =>
      !inDimensions(g, b) &&
      (a === undefined || (!linksDiffer(linkOf(f, a), linkOf(g, b)) && !ageAgainstCount(f, g))) &&
      sameUnit(f, g) &&
      // a rate the claim gives must be given ("$5 million a year" is not "$5 million")
      (g.rate === f.rate || !f.rate) &&
      agree(f, g) &&
      states(f, g) &&
      // the evidence is about as precise as the claim: "thousands of" does not state "about 10,000"
      g.high - g.low <= Math.max(1.5 * (f.high - f.low), 0.25 * Math.abs(f.value)) &&
      // "3 machine guns" is not held by "three other rifles"
      (!f.counts || !g.counts || sameQuantity(f, g)),
  );

// Whether a figure is one side of a size, numbers joined by "×", "x" or "by" ("a 4×4 car", "2 x 4
// boards", "a four-by-four", "480 by 360 pixels"; text/dimensions.ts): the dimensions or the name of a
// thing, no count or time ("at around 4"), that neither needs holding nor holds one.
export function inDimensions(f: ClaimFigure, r: Reading): boolean {
  if (!joinsNumbers(r)) return false;
  const tokens = r.claim.tokens;
  return inDimensionsAt(
    tokens,
    tokens.findIndex((t) => t.end > f.span.start),
  );
}

// Whether a clause has an "×", "x" or "by" that may join two numbers (most have none: a figure's
// test is then one look-up).
const joinsNumbers = perReading((r: Reading): boolean =>
  r.claim.tokens.some((t) => /^[×xX]\d*$/.test(t.text) || /^by(?:-\d|$)/i.test(t.text)),
);

// An age on one side, a count of things on the other ("The miner, 34," / "The 34 miners").
const ageAgainstCount = (f: ClaimFigure, g: ClaimFigure): boolean =>
  (g.counts !== null && isAgeFigure(f)) || (f.counts !== null && isAgeFigure(g));

/** Whether `b` holds every number and date of `a`, in any written form. */
export function holdsNumbersAndDates(a: Reading, b: Reading): boolean {
  if (
    !a.claim.figures.every(
      (f) => inDimensions(f, a) || holdsFigure(f, b, a) || heldAsName(f, a, b) || heldByTally(f, a, b),
    )
  )
    return false;
  if (!heldOneToOne(a, b)) return false;
  if (firstAgainstRank(a, b)) return false;
  // a fraction is a share a supporter tells as a fraction or a percent ("nearly half of the voters"
  // is not held by "about 30 percent")
  const fractions = fractionsOf(a);
  if (fractions.length && !fractions.every((f) => holdsAmong(f, withFractionsOf(b), b, a))) return false;
  // a time counted from an unknown day of writing that dates the statement ("said last week") is the
  // outlet's, not the claim's
  const dates = a.dates.filter((d) => !(d.deictic && d.reported));
  if (!dates.every((d) => b.dates.some((e) => holdsDate(d, e) && !resolvedOnBothSides(d, e)))) return false;
  const stray = strayNumbers(a);
  if (!stray.length) return true;
  const written = writtenNumbers(b);
  return stray.every((n) => written.has(n));
}

// Whether figure f of `a` is a name's number ("a Boeing 737") that `b` writes glued to the name
// ("a Boeing-737", one word and no figure there): the same name, held as a word.
function heldAsName(f: ClaimFigure, a: Reading, b: Reading): boolean {
  return numberOfNameIn(f, a.claim.tokens, b.claim.tokens);
}

// Whether each figure of the claim is held by a figure of `b` of its own: one figure does not stand
// for two ("the men drove a four-by-four … at around 4" is not held by one "four-by-four").
function heldOneToOne(a: Reading, b: Reading): boolean {
  const figures = a.claim.figures.filter(
    (f, i, all) =>
      all.findIndex((g) => g.span.start === f.span.start) === i &&
      !inDimensions(f, a) &&
      !heldAsName(f, a, b) &&
      !heldByTally(f, a, b),
  );
  if (figures.length < 2 || figures.length > 8) return true;
  const options = figures.map((f) => b.claim.figures.filter((g) => holdsAmong(f, [g], b, a)));
  const used = new Set<ClaimFigure>();
  const assign = (i: number): boolean => {
    if (i === options.length) return true;
    for (const g of options[i] ?? []) {
      if (used.has(g)) continue;
      used.add(g);
      if (assign(i + 1)) return true;
      used.delete(g);
    }
    return false;
  };
  return assign(0);
}

// Every number a claim writes: in its words and digits, and its figures' values.
const writtenNumbers = perReading((r): ReadonlySet<number> => {
  const written = new Set(numbersIn(r.claim.tokens));
  for (const f of r.claim.figures) written.add(f.value);
  return written;
});

// Two days each resolved from its own article's date of writing ("died yesterday" / "died on
// Thursday"): the same day only if both dates of writing are right, which a date read from the text
// may not be. A supporter writes the claim's day as the claim does, or one side as a calendar date.
function resolvedOnBothSides(d: ClaimDate, e: ClaimDate): boolean {
  const inDigits = (x: ClaimDate) => /\d/.test(x.written);
  return (
    d.monthDay !== null && e.monthDay !== null && d.written !== e.written && !inDigits(d) && !inDigits(e)
  );
}

const NUMBER_WORD = lookupOf(NUMBER_WORDS);

// Every number written in tokens, in digits ("9-14" → 9, 14; "1,098" → 1098) or as a word ("six").
function numbersIn(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    const word = NUMBER_WORD(t.norm);
    if (word !== undefined) out.push(word);
    else if (/\d/.test(t.text))
      for (const m of t.text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) out.push(Number(m[0].replace(/,/g, '')));
  }
  return out;
}

/**
 * The numbers of a claim that are neither in its figures nor in its dates — a record ("9-14"), a
 * season ("2008-09"), a time, a number a figure reading missed ("from two to 14 years") — which a
 * supporter must write too. "One" and "a" are left out (they are articles as often as numbers).
 */
// "Her first title" is not stated by "her second title": the candidate ranks the thing the claim
// calls the first ("first" is no rank figure of its own, see quantities-ordinal.ts).
function firstAgainstRank(a: Reading, b: Reading): boolean {
  const tokens = a.claim.tokens;
  return b.claim.figures.some(
    (g) =>
      g.unit === 'ordinal' &&
      g.counts !== null &&
      tokens.some((t, i) => t.norm === 'first' && stem(tokens[i + 1]?.text ?? '') === g.counts),
  );
}

const fractionsOf = perReading((r) => fractionFigures(r.claim.tokens));
const withFractionsOf = perReading((r) => withFractions(r.claim.figures, r.claim.tokens));

const strayNumbers = perReading((r: Reading): readonly number[] => {
  const inFigure = (t: Token) =>
    [...r.claim.figures, ...fractionsOf(r)].some((f) => t.start >= f.span.start && t.end <= f.span.end);
  const dated = new Set<number>();
  for (const d of r.dates) {
    if (d.year !== null) dated.add(d.year);
    if (d.monthDay) dated.add(Number(d.monthDay.split('-')[1]));
  }
  return numbersIn(r.claim.tokens.filter((t) => !inFigure(t))).filter((n) => n !== 1 && !dated.has(n));
});
