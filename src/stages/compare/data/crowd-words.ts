/**
 * The people of a crowd at one gathering, however an outlet names them ("300 people", "1,000
 * residents", "hundreds of protesters"): counts of one crowd, whatever noun or adjective ("furious
 * residents") each outlet chose.
 */
export const CROWD_NOUNS: readonly string[] = [
  'people',
  'person',
  'resident',
  'protester',
  'protestor',
  'demonstrator',
  'marcher',
  'supporter',
  'campaigner',
  'activist',
  'participant',
  'attendee',
  'local',
  'citizen',
];

/** What a crowd does at a gathering: each tells one crowd's size ("rallied", "packed the steps"). */
export const CROWD_VERBS: readonly string[] = [
  'rally',
  'rallied',
  'gather',
  'march',
  'protest',
  'demonstrate',
  'pack',
  'throng',
  'fill',
  'assemble',
  'attend',
  'turn',
  'join',
];

/** A crowd named as a whole, that a value is given to ("put the crowd at 1,800", "a turnout of 2,000"). */
export const CROWD_WHOLES: readonly string[] = ['crowd', 'turnout'];

/**
 * Parts of the day a crowd is counted by ("by noon about 500 had gathered", "by the evening police put
 * the crowd at 4,000"): the crowd at that moment, which grows and thins through a day, so no other
 * value of the gathering's size. A clock time after "by" ("by 2 p.m.") is one too (text/clock.ts).
 */
export const CROWD_MOMENTS: readonly string[] = [
  'morning',
  'midday',
  'noon',
  'lunchtime',
  'afternoon',
  'evening',
  'night',
  'nightfall',
  'dusk',
  'dawn',
  'midnight',
];

/** Words that may stand between "by" and its moment ("by the evening", "by late afternoon"). */
export const MOMENT_BEFORE: readonly string[] = ['the', 'early', 'late', 'mid'];
