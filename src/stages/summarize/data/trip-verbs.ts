import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../text/calendar.ts';

/**
 * Verbs that tell a trip: someone going, or being sent, to a place. "Varga dispatched top officials to
 * Norhaven City" and "Holm traveled to Norhaven" tell one trip when they name one destination. General
 * English newsroom wording, kept small on purpose; plain words, stemmed when compiled.
 */
export const TRIP_VERBS: readonly string[] = [
  'travel',
  'travelled',
  'fly',
  'flew',
  'go',
  'head',
  'visit',
  'arrive',
  'dispatch',
  'send',
  'journey',
];

/** Names of days, then of months: two tellings of one trip never name different ones of a kind. */
export const CALENDAR_NAMES: readonly (readonly string[])[] = [WEEKDAY_NAMES, MONTH_NAMES];

/** Words before a destination ("to Mexico", "in Orvale"). */
export const TOWARDS: readonly string[] = ['to', 'in', 'into'];
