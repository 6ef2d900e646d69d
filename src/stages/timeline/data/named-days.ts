/**
 * Names of days that hold a weekday ("Oscar Sunday", "Super Tuesday", "Black Friday"): the weekday is
 * part of the name of an occasion, not a day of the article's week, so it dates nothing. Lower case,
 * the word before the weekday, which must be capitalised in the text ("a good Friday for stocks" dates).
 */
export const DAY_NAME_WORDS: ReadonlySet<string> = new Set(
  `oscar oscars super bowl black cyber good easter palm ash maundy holy bloody giving fat shrove whit
  trinity selection`.split(/\s+/),
);

/**
 * Days whose date, written without a year, names one event of another year ("the September 11
 * attacks", "the January 6 committee"), keyed `month-day`, with the nouns that follow the date in such
 * a name: the date is the event's, not a day of the story that mentions it.
 */
export const EVENT_NAMED_DAYS: Readonly<Record<string, ReadonlySet<string>>> = {
  // September 11, 2001
  '9-11': new Set(['attack', 'attacks', 'hijackers', 'hijackings', 'commission', 'memorial', 'anniversary']),
  // January 6, 2021
  '1-6': new Set(['attack', 'riot', 'insurrection', 'committee', 'hearings', 'rioters', 'defendants']),
  // July 7, 2005
  '7-7': new Set(['bombings', 'bombers', 'attacks']),
  // November 13, 2015
  '11-13': new Set(['attacks']),
  // October 7, 2023
  '10-7': new Set(['attack', 'attacks', 'massacre']),
};
