/**
 * 32-bit FNV-1a of a text's UTF-16 code units: small, fast and the same on every platform (no crypto
 * module in a stage). Read by the content ids of facts and quotes (model/content-ids.ts) and the
 * syndicate stage's shingles, which hash the words of a shingle with the same steps without joining them.
 * @example
 * fnv1a('') // 2166136261
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
