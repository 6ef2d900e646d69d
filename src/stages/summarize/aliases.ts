import type { Reading } from '../compare/support/index.ts';
import { foldedWords, isDateWord } from '../compare/support/relations.ts';
import { SPELLED_MIN } from './patterns.ts';

// Whether two words differ by at most one letter (one changed, added or dropped).
function oneApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether `b` names everything `a` names (weekdays and months aside), a name spelled a letter apart
 * too, as a name written from another language often is ("Salahuddin" / "Salahaddin"; a word of
 * SPELLED_MIN letters or more, its first letter the same, against a name of `b`). An acronym and its
 * name need nothing here: the extract stage makes them one entity.
 * @example
 * namesAlike(read('The dhow Salahuddin was towed.'), read('The dhow Salahaddin was towed.')) // true
 */
export function namesAlike(a: Reading, b: Reading): boolean {
  const words = foldedWords(b);
  const names = [...b.nameWords];
  for (const w of a.nameWords) {
    if (isDateWord(w) || words.has(w)) continue;
    if (w.length >= SPELLED_MIN && names.some((v) => v[0] === w[0] && oneApart(v, w))) continue;
    return false;
  }
  return true;
}
