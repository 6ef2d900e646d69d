// The words before a weekday that change which day it names, read by the shared date reader
// (text/dates/patterns.ts, mentions.ts) and by compare's (stages/compare/support/dates.ts): one list,
// so that both read "every Saturday" and "later Monday" alike.

/** Words that make the weekday after them a recurring one, no day of one event: "every Saturday", "each Monday". */
export const RECURRING_WEEKDAY_WORDS: readonly string[] = ['every', 'each'];

/** Words that may stand between such a word and its weekday: "every other Friday", "each second Monday". */
export const RECURRING_WEEKDAY_STEPS: readonly string[] = ['other', 'second', 'third', 'single'];

/**
 * Words before a weekday that name that day itself, as "this" does (AP's same-day form: "later
 * Monday"), also with "on" after them ("later on Monday").
 */
export const SAME_DAY_WEEKDAY_WORDS: readonly string[] = ['later'];
