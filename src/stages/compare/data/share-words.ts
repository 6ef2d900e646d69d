/**
 * Words for reading a share of one named whole ("40% of the parks and libraries budget"): a share's
 * subject that stands for the story's own subject ("the project will take 38% of …"), and words of
 * the whole that name its time or its owner, not which whole ("this year's", "the town's"). Used by
 * share-differences.ts only. Plain words, general English, compared as stems.
 */
export const STAND_IN_SUBJECTS: readonly string[] = [
  'it',
  'this',
  'project',
  'plan',
  'scheme',
  'proposal',
  'programme',
  'program',
  'work',
  'works',
  'package',
  'deal',
  'measure',
];

/** Words of a whole's phrase that tell its time, not the whole ("this year's", "next year's", "annual"). */
export const WHOLE_TIME_WORDS: readonly string[] = [
  'this',
  'next',
  'last',
  'current',
  'coming',
  'year',
  'years',
  'annual',
  'yearly',
];

/** Words before "year" that tell which year, as years from the writer's ("last year's budget": -1). */
export const YEAR_SHIFTS: ReadonlyMap<string, -1 | 0 | 1> = new Map([
  ['last', -1],
  ['previous', -1],
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1],
]);
