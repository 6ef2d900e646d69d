/**
 * Ids made from what an item says, not where it stands in a list: a fact or quote keeps its id when
 * the same articles are analysed again, in another order, or beside unrelated ones, so a paper can
 * cite it. The id is the story's prefix, a letter and six hex digits of a hash of the item's
 * wording folded (case, accents, punctuation and spacing do not count): "s3-f9c0e3b".
 */
import { fnv1a } from '../text/hash.ts';

/** An item's wording as its id reads it: accents and case folded, every run of other than letters and digits one space. */
export function idWording(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The ids of a list of items from their keys (each item's wording, and whatever else tells two items of
 * one wording apart): `prefix`, `letter`, then six hex digits of the folded key's hash. Items of one
 * hash (the same wording twice, or a rare collision) take `-2`, `-3` … after the first in list order.
 * @example
 * contentIds('s1-', 'f', ['The bridge closed.', 'the bridge  closed']) // ['s1-f…', 's1-f…-2'] (one hash)
 */
export function contentIds(prefix: string, letter: string, keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const id = `${prefix}${letter}${fnv1a(idWording(key)).toString(16).padStart(8, '0').slice(0, 6)}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
