import { SPELLING_ENDINGS, SPELLING_WORDS } from './data/spelling-variants.ts';

/**
 * Whether two words are one spelling apart: equal, or one letter added, left out, changed or two
 * side by side swapped ("Orrnberg" / "Ornberg", "Kowalcyzk" / "Kowalczyk"), both folded first by the
 * caller. Short words (under five letters) must be equal: "Lind" / "Lund" are two names.
 * @example
 * oneSpellingApart('orrnberg', 'ornberg') // true
 * oneSpellingApart('lind', 'lund') // false
 */
export function oneSpellingApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // the rest after one change: a letter left out of either, one changed, or two swapped
  const [ra, rb] = [a.slice(i), b.slice(i)];
  return (
    ra.slice(1) === rb ||
    ra === rb.slice(1) ||
    ra.slice(1) === rb.slice(1) ||
    (ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2))
  );
}

/**
 * A folded word in American spelling, so that the British and American spellings of one word compare
 * equal ("harbour" / "harbor", "organisation" / "organization", "travelled" / "traveled"): the rules
 * of data/spelling-variants.ts. Not a dictionary: a word no rule names is returned as it is.
 * @example
 * spellingFold('organisation') // "organization"
 */
export function spellingFold(word: string): string {
  const whole = SPELLING_WORDS[word];
  if (whole !== undefined) return whole;
  let out = word;
  for (const [pattern, to] of SPELLING_ENDINGS) out = out.replace(pattern, to);
  return out;
}
