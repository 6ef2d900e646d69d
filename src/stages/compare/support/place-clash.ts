import { fold } from '../../../text/normalise.ts';
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
