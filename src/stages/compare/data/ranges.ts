/**
 * The words that open a range of two values, right before its low end ("between two and 14 years",
 * "jail terms ranging from 2 to 14 years"): a range spans every value between its ends, so one of its
 * ends is no value of its own (compare/other-value.ts); "rose from 2 to 14" tells a change, no range.
 */
export const RANGE_OPENERS: readonly string[] = [
  'between',
  'ranging from',
  'ranged from',
  'range from',
  'ranges from',
];
