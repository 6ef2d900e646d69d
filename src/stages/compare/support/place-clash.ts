import { fold } from '../../../text/normalise.ts';
import { COUNTRIES, REGIONS, US_STATES } from '../../extract/data/places.ts';
import { DATE_CONTRADICT_MIN_COVER } from '../patterns.ts';
import { holdsNumbersAndDates } from './quantities.ts';
import { perReading, type Reading } from './reading.ts';
import { foldedWords, isDateWord, sameMainPredicate } from './relations.ts';

// The last word of each place a clause names: a run of proper nouns after "in", "at" or "near",
// past a "the" ("in the Vessmark market" → vessmark), weekday and month names left out.
const placesOf = perReading((r: Reading): readonly string[] => {
  const tokens = r.claim.tokens;
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!['in', 'at', 'near'].includes(t.norm)) return;
    let k = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    let last: string | null = null;
    for (; tokens[k]?.pos === 'PROPN'; k++) last = fold(tokens[k]?.text ?? '');
    if (last !== null && !isDateWord(last)) out.push(last);
  });
  return out;
});

// Each names a place the other does not name at all.
const otherPlace = (a: Reading, b: Reading): boolean => {
  const [inA, inB] = [foldedWords(a), foldedWords(b)];
  return placesOf(a).some((p) => !inB.has(p)) && placesOf(b).some((p) => !inA.has(p));
};

// The last words of the wide places a town or a plant may lie in (a country, a US state, a region):
// "in Iraq" names no place apart from "in Baghdad".
const lastWord = (name: string) => fold(name.split(/\s+/).at(-1) ?? '');
const WIDE = new Set(
  [...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]), ...US_STATES, ...REGIONS].map(lastWord),
);

/**
 * Whether each of two clauses names a place the other does not name at all, neither of them a country,
 * state or region ("a paint plant in Vellby" / "a paint plant in Dunmere"): two events of a kind,
 * whose counts are two measures; not "in Baghdad" / "in Iraq", nor "at the Orsk plant in Vellby" /
 * "at the Orsk plant" (one place named more closely).
 * @example
 * twoPlaces(read('A fire in Vellby hurt three.'), read('A fire in Dunmere hurt four.')) // true
 */
export function twoPlaces(a: Reading, b: Reading): boolean {
  return placeNotIn(a, foldedWords(b)) && placeNotIn(b, foldedWords(a));
}

/**
 * Whether a clause names a place, neither a country, state nor region, that is none of `words` (the
 * words of another clause, or the name words of another outlet's whole article: a town it never names).
 */
export function placeNotIn(r: Reading, words: ReadonlySet<string>): boolean {
  return placesOf(r).some((p) => !WIDE.has(p) && !words.has(p));
}

/**
 * Whether `b` tells `a`'s event in another place: the same main predicate of `a`'s names (`about`),
 * in one mood, with every figure and date agreeing both ways and at least one figure and one date to
 * anchor it ("The bomb went off in the Vessmark market on Sunday, killing 12 people" / "… in the Velmar
 * market on Sunday, killing 12 people"), where each names a place the other does not.
 */
export function placeContradiction(a: Reading, b: Reading, cover: number, about: boolean): boolean {
  return (
    about &&
    cover >= DATE_CONTRADICT_MIN_COVER &&
    a.modality === b.modality &&
    a.claim.figures.length > 0 &&
    a.dates.length > 0 &&
    sameMainPredicate(a, b) &&
    otherPlace(a, b) &&
    holdsNumbersAndDates(a, b) &&
    holdsNumbersAndDates(b, a)
  );
}
