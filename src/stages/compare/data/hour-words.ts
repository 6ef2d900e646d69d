/**
 * Words that open a phrase or clause of another event than the sentence's own, or a bound of its
 * time: a time of day after one of them in its clause ("After a 10 a.m. briefing, crews reached the
 * site", "sank Wednesday, hours before a storm warning took effect at 8 p.m.", "The council, which had
 * met at 9 a.m., voted", "ran until 11 p.m.") is not the hour the sentence's event happened at. Lower
 * case. "that" only where no verb of saying stands before it ("said that the council voted at 7 p.m."
 * tells the vote's hour): see compare/support/event-hour.ts.
 */
export const OTHER_EVENT_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'following',
  'since',
  'until',
  'till',
  'ahead',
  'prior',
  'as',
  'when',
  'while',
  'once',
  'because',
  'although',
  'though',
  'despite',
  'amid',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'that',
]);

/**
 * Words right before a time of day (past an adverb: "shortly by") that make it a bound, not the hour
 * of the event ("was under control by 6 p.m.", "between 6 and 8 p.m."). Lower case.
 */
export const HOUR_BOUND_WORDS: ReadonlySet<string> = new Set(['by', 'between', 'within']);
