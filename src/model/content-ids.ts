/**
 * Ids made from what an item says, not where it stands in a list: a fact or quote keeps its id when
 * the same articles are analysed again, in another order, or beside unrelated ones, so a paper can
 * cite it. The id is the story's prefix, a letter and six hex digits of a hash of the item's
 * wording folded (case, accents, punctuation and spacing do not count): "s3-f9c0e3b".
 */

// 32-bit FNV-1a: small, fast and the same on every platform (no crypto module needed in a stage).
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
