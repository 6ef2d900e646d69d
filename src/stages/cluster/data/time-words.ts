/**
 * Words of time that place an event in its calendar, not tell it ("after six years", "than in any
 * year since", "this week"): in a small run, part of the setting two items of one town share.
 */
export const TIME_WORDS: readonly string[] = [
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'decade',
  'century',
  'season',
  'time',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
];
