// 32-bit FNV-1a: small, fast and the same on every platform (no crypto module in a stage). One
// definition for every FNV hash of the code: the content ids of facts and quotes (model/content-ids.ts),
// the syndicate stage's shingles, the cluster consensus' content order and the store's copy samples,
// which hash several pieces (words, counts, other hashes) into one state with `fnvStep` and `fnvText`.

/** FNV-1a's start state (its 32-bit offset basis). */
export const FNV_START = 0x811c9dc5;

/**
 * One FNV-1a step: `unit` (a UTF-16 code unit, or any 32-bit value such as another hash) mixed into
 * the state `h`. The state is a signed 32-bit number: `>>> 0` makes it the unsigned hash.
 */
export const fnvStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

/**
 * The state `h` carried on over a text's UTF-16 code units.
 * @example
 * fnvText(fnvText(FNV_START, 'foo'), 'bar') >>> 0 === fnv1a('foobar') // true
 */
export function fnvText(h: number, text: string): number {
  let state = h;
  for (let i = 0; i < text.length; i++) state = fnvStep(state, text.charCodeAt(i));
  return state;
}

/**
 * 32-bit FNV-1a of a text's UTF-16 code units, unsigned.
 * @example
 * fnv1a('') // 2166136261
 */
export function fnv1a(text: string): number {
  return fnvText(FNV_START, text) >>> 0;
}
