import { MONTH_ANY } from '../../text/dates/patterns.ts';

/** How far (days) past its lower bound an undated article's reference may be moved. */
export const REFERENCE_SLACK_DAYS = 10;

/** How far (days) before the story's latest stated date an undated article may have been written. */
export const STORY_SPREAD_DAYS = 7;

/** A dateline opening an article: "NORHAVEN, March 4 (CPS) —", "WASHINGTON, Dec. 27 —". Group: the date. */
export const DATELINE = new RegExp(
  `^[A-Z][A-Z.' -]{1,40},\\s+(?:[A-Z][A-Za-z.' -]{1,30},\\s+)?((?:${MONTH_ANY})\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)\\b`,
);

/** Where a sentence splits into clauses for an event's text ("..., as ...", "... after ..."). */
export const CLAUSE_SPLIT =
  /,\s+(?:as|while|when|which|amid|after|but|according to)\s+|\s+(?:amid|after)\s+|;\s+|\s+[—–]\s+/g;

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
