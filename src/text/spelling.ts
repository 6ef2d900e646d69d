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
