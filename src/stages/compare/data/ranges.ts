/**
 * The words that open a range of two values, right before its low end ("between six and 75 years",
 * "sentences ranging from 6 to 75 years"): a range spans every value between its ends, so one of its
 * ends is no value of its own (compare/other-value.ts); "rose from 6 to 75" tells a change, no range.
 */
export const RANGE_OPENERS: readonly string[] = [
  'between',
  'ranging from',
  'ranged from',
  'range from',
  'ranges from',
];
