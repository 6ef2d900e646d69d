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
