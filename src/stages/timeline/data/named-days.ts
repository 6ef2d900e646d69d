/**
 * Names of days that hold a weekday ("Oscar Sunday", "Super Tuesday", "Black Friday"): the weekday is
 * part of the name of an occasion, not a day of the article's week, so it dates nothing. Lower case,
 * the word before the weekday, which must be capitalised in the text ("a good Friday for stocks" dates).
 */
export const DAY_NAME_WORDS: ReadonlySet<string> = new Set(
  `oscar oscars super bowl black cyber good easter palm ash maundy holy bloody giving fat shrove whit
  trinity selection`.split(/\s+/),
);
