import { dict } from './dict.ts';

/**
 * How sure a count is, told by a word between the number and what it counts: "42 suspected cases",
 * "61 confirmed cases", "three probable deaths". Counts of two statuses are two measures (42 suspected
 * and 61 confirmed cases may both hold), never one count told otherwise nor its update. A word that says
 * only who counted ("reported", "recorded") tells no status. Plain words, compared in lower case.
 */
export const COUNT_STATUS_WORDS: Readonly<Record<string, readonly string[]>> = dict({
  suspected: ['suspected', 'probable', 'possible', 'presumed', 'presumptive', 'unconfirmed', 'likely'],
  confirmed: ['confirmed', 'lab-confirmed', 'laboratory-confirmed', 'verified', 'proven'],
});
