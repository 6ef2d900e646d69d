import { dict } from '../../../text/data/dict.ts';
/**
 * Fraction words and their denominators ("three quarters of" = 75 percent, "a third of" = 33.3
 * percent), singular and plural, lower case. Read only where "of" follows, so that "the third
 * quarter" or "a quarter-century" stays what it is.
 */
export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = dict({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  eighth: 8,
  eighths: 8,
  tenth: 10,
  tenths: 10,
});

/** Words that stand for the numerator 1 before a fraction word ("a third of", "one half of"). */
export const FRACTION_ONE: ReadonlySet<string> = new Set(['a', 'an', 'one']);
