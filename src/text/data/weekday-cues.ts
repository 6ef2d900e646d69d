// The words before a weekday that change which day it names, read by the shared date reader
// (text/dates/patterns.ts, mentions.ts) and by compare's (stages/compare/support/dates.ts): one list,
// so that both read "every Saturday" and "later Monday" alike.

import { dict } from './dict.ts';

/** Words that make the weekday after them a recurring one, no day of one event: "every Saturday", "each Monday". */
export const RECURRING_WEEKDAY_WORDS: readonly string[] = ['every', 'each'];

/** Words that may stand between such a word and its weekday: "every other Friday", "each second Monday". */
export const RECURRING_WEEKDAY_STEPS: readonly string[] = ['other', 'second', 'third', 'single'];

/**
 * Words before a weekday that name that day itself, as "this" does (AP's same-day form: "later
 * Monday"), also with "on" after them ("later on Monday").
 */
export const SAME_DAY_WEEKDAY_WORDS: readonly string[] = ['later'];

/**
 * Verbs that, right after a weekday (and its part of the day), make the weekday's noun phrase the
 * subject of a clause that weighs a thing that is: "if the turnout on Tuesday is any guide", "if the
 * man in the video on Sunday is the suspect". Such a day is no condition still to come, even in a
 * sentence told in the future: it keeps the day before.
 */
export const WEIGHED_AFTER_WEEKDAY: readonly string[] = [
  'is',
  'are',
  'seems',
  'seem',
  'looks',
  'look',
  'proves',
];

/**
 * Words that tell a sentence in a plain future, the weekday of its "if" or "unless" clause with it
 * ("will walk out on Thursday unless talks on Wednesday produce an offer"): "won't" whole or as the
 * tokeniser splits it ("wo"), and any word ending in "'ll"; not "would", of reported or unreal pasts.
 */
export const PLAIN_FUTURE_WORDS: readonly string[] = ['will', 'shall', "won't", 'won’t', 'wo'];

/** Parts of the day that may follow a weekday: "Wednesday night", "Monday morning". */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night'];

/**
 * The earliest time of day, in minutes after midnight, a part of the day told with its day names
 * ("Wednesday night", "tonight", "this evening"): an event told so began no earlier. Conservative:
 * "night" from 18:00, though it may be later. "Morning" is left out (it tells no hour after one).
 */
export const DAY_PART_STARTS: Readonly<Record<string, number>> = dict({
  afternoon: 12 * 60,
  evening: 17 * 60,
  night: 18 * 60,
  tonight: 18 * 60,
});
