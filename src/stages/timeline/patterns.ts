/** How far (days) past its lower bound an undated article's reference may be moved. */
export const REFERENCE_SLACK_DAYS = 10;

/**
 * Sentences of an article's lede (headings left out): a day it tells as done there is the news it
 * reports, so an undated article is taken to be written within days of it.
 */
export const LEDE_SENTENCES = 3;

/** How far (days) before the story's latest stated date an undated article may have been written. */
export const STORY_SPREAD_DAYS = 7;

/**
 * How far (days) after an undated article's guessed day of writing a date it tells as done may lie
 * before the guess is taken to be in the wrong years: within a year, a past sentence may still date
 * something ahead ("axed the monologue for the February 2009 show").
 */
export const DONE_AFTER_GUESS_DAYS = 366;

/**
 * A relative clause set off by a comma open before a date ("Ann Voss, who was hired as chief
 * executive in March 2005, …"): the date is background of a noun, not the story's time.
 */
export const RELATIVE_BEFORE = /,\s+(?:who|whom|whose|which)\b[^,;]*$/i;

/** A determiner right before a date: the date modifies a noun ("booked a November 2013 release"). */
export const ATTRIBUTIVE_BEFORE = /\b(?:a|an|the|its|his|her|their|our|this|that)\s+$/i;

/**
 * Where a sentence splits into clauses for an event's text ("..., as ...", "... after ..."); not at an
 * "after" that a measure of time or an adverb before it ties to its phrase ("three weeks after the
 * storm", "right after the speech").
 */
export const CLAUSE_SPLIT =
  /,\s+(?:as|while|when|which|amid|after|following|but|according to)\s+|(?<!\b(?:right|just|shortly|soon|long|immediately|directly|only|even|not|seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|moments?))\s+(?:amid|after)\s+|;\s+|\s+[—–]\s+/g;

/** A CLAUSE_SPLIT that opens a relative clause, whose subject is the noun before it. */
export const RELATIVE_SPLIT = /\bwhich\b/i;

/** Shortest clause (words) used as an event's text instead of its whole sentence. */
export const MIN_CLAUSE_WORDS = 6;

/** Minimum overlap coefficient of content words for two dated sentences to be one event. */
export const SAME_EVENT_OVERLAP = 0.4;

/** Minimum number of shared content words for two dated sentences to be one event. */
export const SAME_EVENT_SHARED = 3;

/**
 * Most earlier sentences of the same date each dated sentence is compared with when events are
 * merged, and most members a cluster's lead is measured against: the comparison is pairwise, so a
 * story with thousands of sentences on one date (a hostile or runaway page) stays linear. Real
 * stories stay far below it, where the result is the full pairwise one.
 */
export const MAX_SAME_DATE_COMPARED = 200;

/**
 * Words that tell an event as still ahead, in the writer's own time ("will meet", "are set to strike",
 * "in the coming days"); "would" and "was due to" are left out (they may be told after the fact), and
 * "due to" alone is a cause ("closed due to a crack").
 */
export const PLAN_CUE =
  /\b(?:will|shall|won['’]t|(?:is|are|am) (?:due|expected|set|scheduled|going|planning) to|(?:is|are) scheduled for|in the coming (?:days|weeks))\b|['’]ll\b/i;

/**
 * A "would": with a reporting verb before it, what it tells is ahead of the report, not of the writing
 * ("said … would open on Monday"), which PLAN_CUE leaves out.
 */
export const WOULD = /\bwould\b/i;

/** A plan told as a repeat ("will meet again", "another round"): written after the first time. */
export const REPEAT_CUE = /\b(?:again|another|second round|follow-up)\b/i;

/** Plans due the same day: the article is of that day, not before it. */
export const SAME_DAY_CUE = /\b(?:later|today|tonight|this (?:morning|afternoon|evening))\b/i;

/** Quoted passages, which are someone's words, not the writer's time. */
export const QUOTED_PASSAGE = /“[^”]*”|"[^"]*"/g;

/**
 * How many nouns and names two sentences of one tally must share to tell one vote ("Tarnby" and
 * "council" in "The Tarnby town council voted 6 to 3" / "The Tarnby council … by a vote of 6-3"): a
 * place alone is shared by two bodies' votes of the same day.
 */
export const TALLY_PARTICIPANTS = 2;
