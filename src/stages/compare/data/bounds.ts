/**
 * Qualifiers that leave out the value they name ("more than 90%" is not 90%): a strict lower and a
 * strict upper bound, as QUALIFIERS in src/text/data/quantities.ts writes them. "At least", "up to",
 * "nearly" and "as many as" include their value, or end at it.
 */
export const STRICT_ABOVE: ReadonlySet<string> = new Set([
  'more than',
  'greater than',
  'over',
  'upwards of',
  'just over',
]);
export const STRICT_BELOW: ReadonlySet<string> = new Set(['fewer than', 'less than', 'under', 'just under']);

/** Qualifiers of a lower bound that leave its top open ("at least 10", "more than 10"). */
export const OPEN_ABOVE: ReadonlySet<string> = new Set(['at least', ...STRICT_ABOVE]);

/** Qualifiers of an upper bound that leave its bottom open ("up to 90%", "as many as four"). */
export const OPEN_BELOW: ReadonlySet<string> = new Set(['up to', 'at most', 'as many as', ...STRICT_BELOW]);
