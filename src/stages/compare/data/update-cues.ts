/**
 * Words that tell a value as a change of an earlier one ("has risen to four", "now stands at",
 * "revised to 310", "up from two", "raised its offer to 6%", "after a recount"): a sentence with one of them tells its
 * figure as the newer value of a measure, not as another account of the same moment.
 * Each entry is a run of lower-case words matched whole.
 */
export const UPDATE_CUES: readonly (readonly string[])[] = [
  ['risen'],
  ['rose', 'to'],
  ['rises', 'to'],
  ['climbed'],
  ['climbs', 'to'],
  ['increased', 'to'],
  ['raised'],
  ['up', 'from'],
  ['down', 'from'],
  ['fallen', 'to'],
  ['fell', 'to'],
  ['dropped', 'to'],
  ['revised'],
  ['updated'],
  ['now'],
  // an area or order grown to take in more ("the evacuation zone has been widened to take in 1,200"),
  // not a thing widened beside a count ("Crews widened the levee near Kelby, where 1,200 live")
  ['widened', 'to'],
  ['expanded', 'to'],
  // a new count replaces the earlier one ("put the backlog at 3,900 after a recount")
  ['recount'],
  ['recounted'],
];

/**
 * Words that give a value as the count a newer one replaced ("The coast guard's earlier count was
 * 140", "the previous figure"): told in an article that gives the newer value, the older value's
 * sentence tells the change. Each entry is a run of lower-case words matched whole.
 */
export const EARLIER_VALUE_CUES: readonly (readonly string[])[] = [
  ['earlier', 'count'],
  ['earlier', 'figure'],
  ['previous', 'count'],
  ['previous', 'figure'],
];

/**
 * Words that tell a count as where a state stands now ("About 300 residents remain out of their
 * homes", "Six workers are still in hospital"): a newer article's count so told, of a value an older
 * article gave, is the state's count since, an update, not another account of the same moment. Read
 * by the differences' update marks and the coverage's ≠ only, not the support judge. Each entry is a
 * run of lower-case words matched whole.
 */
export const STILL_CUES: readonly (readonly string[])[] = [['remain'], ['remains'], ['still']];
