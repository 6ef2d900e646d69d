// The English month and weekday names, once: the cleaners' date words, the timeline's date patterns
// and the compare stage's date matching all derive their sets and regexes from these lists.

/** English month names, lower-case, January first: a month's number is its index + 1. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** English weekday names, lower-case, Sunday first: a weekday's number is its index, as `getUTCDay()` counts. */
export const WEEKDAY_NAMES: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

// Usual abbreviations besides a name's first three letters ("Sept.", "Tues.", "Thurs.").
const LONGER_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  september: ['sept'],
  tuesday: ['tues'],
  thursday: ['thur', 'thurs'],
};

/** The abbreviations of a month or weekday name, lower-case and without a dot: its first three letters, then any longer usual ones. */
export function abbreviationsOf(name: string): string[] {
  const short = name.slice(0, 3);
  return [...(short === name ? [] : [short]), ...(LONGER_ABBREVIATIONS[name] ?? [])];
}

/** Every month abbreviation ("jan", "sep", "sept"), lower-case, without its dot. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.flatMap(abbreviationsOf);

/** Every weekday abbreviation ("mon", "tue", "tues"), lower-case, without its dot. */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = WEEKDAY_NAMES.flatMap(abbreviationsOf);

// a table without a prototype, so that words like "constructor" are never found in it
const numbered = (names: readonly string[], first: number): Readonly<Record<string, number>> =>
  Object.freeze(
    Object.assign(
      Object.create(null) as Record<string, number>,
      Object.fromEntries(
        names.flatMap((name, i) => [name, ...abbreviationsOf(name)].map((w) => [w, i + first])),
      ),
    ),
  );

/** Month names and abbreviations (lower-case, no dot) → month number 1..12. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = numbered(MONTH_NAMES, 1);

/** Weekday names and abbreviations (lower-case, no dot) → 0 (Sunday) .. 6 (Saturday). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = numbered(WEEKDAY_NAMES, 0);

const MONTH_SET: ReadonlySet<string> = new Set(MONTH_NAMES);
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** Whether a lower-case word is a month's full name ("june"; "jun" is not). */
export const isMonthName = (word: string): boolean => MONTH_SET.has(word);

/** Whether a lower-case word is a weekday's full name ("monday"; "mon" is not). */
export const isWeekdayName = (word: string): boolean => WEEKDAY_SET.has(word);

/** Whether a lower-case word without its dot names a month or weekday, in full or abbreviated ("sept", "tue"). */
export const isCalendarWord = (word: string): boolean => word in MONTH_NUMBERS || word in WEEKDAY_NUMBERS;

/** A word with its first letter upper-case ("september" → "September"). */
export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Words as a regex alternation (no group), longest first so that "sept" is tried before "sep". */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
