/**
 * Nouns that name no one thing a figure is of: words of an amount ("the cost", "a total of", "the
 * figure"), of time ("a year", "this week"), and people counted without what they are ("12 people",
 * "three men", "officials"). Two figures that share only such a word may be of two things. Used by
 * the one-thing clash only (support/one-thing.ts). Plain words, general English, compared as stems.
 */
export const THINGLESS_NOUNS: readonly string[] = [
  'amount',
  'sum',
  'total',
  'figure',
  'number',
  'value',
  'cost',
  'costs',
  'price',
  'money',
  'cash',
  'fund',
  'funds',
  'estimate',
  'bill',
  'budget',
  'dollar',
  'dollars',
  'euro',
  'euros',
  'pound',
  'pounds',
  'million',
  'billion',
  'trillion',
  'percent',
  'time',
  'times',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'people',
  'person',
  'persons',
  'man',
  'men',
  'woman',
  'women',
  'other',
  'others',
  'one',
  'ones',
  'company',
  'firm',
  'official',
  'officials',
  'source',
  'sources',
];

/**
 * Words that set a figure's things apart from others told elsewhere ("seven other workers", "houses in
 * two villages were also damaged"): with one on either side, the two figures may count two sets. Used
 * by the one-thing clash only. Plain words, matched on whole words.
 */
export const ANOTHER_SET_WORDS: readonly string[] = ['other', 'others', 'another', 'also', 'additional'];

/**
 * Words before a length of time that make it a window counted from the time of telling ("in the last
 * three years", "within a few days", "over the next two weeks"), not the length of a thing. Used by
 * the one-thing clash only. Plain words, matched on the word right before the figure.
 */
export const WINDOW_WORDS: readonly string[] = ['last', 'past', 'next', 'coming', 'within'];

/** Plurals without an "s": a count before one of them counts things ("three children"). */
export const IRREGULAR_PLURALS: readonly string[] = [
  'people',
  'men',
  'women',
  'children',
  'police',
  'feet',
  'teeth',
  'mice',
  'geese',
];
