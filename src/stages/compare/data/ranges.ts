/**
 * The words that open a range of two values ("between six and 75 years", "sentences ranging from 6 to
 * 75 years"), each with the word that joins its two ends: a range spans every value between them, so
 * one of its ends is no value of its own (compare/other-value.ts).
 */
export const RANGE_OPENERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['between', ['and']],
  ['ranging from', ['to', '-', '–']],
  ['ranged from', ['to', '-', '–']],
  ['range from', ['to', '-', '–']],
  ['ranges from', ['to', '-', '–']],
]);
