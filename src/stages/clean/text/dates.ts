import { alternation, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NUMBERS } from '../../../text/calendar.ts';
import { parseDate } from '../html/dates.ts';
import { UPDATED_WORD } from './patterns.ts';

const MONTH = `(${alternation([...MONTH_NAMES, ...MONTH_ABBREVIATIONS])})\\.?`;
/** "December 27, 2023", "Dec. 27 2023", "27 December 2023", "2023-12-27". */
const DATE = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  'i',
);
/** Words a dateline may hold besides its date. */
const DATELINE_FILLER =
  /\b(?:published|posted|updated|last updated|first published|originally published|modified|on|at|by|am|pm|et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|ist|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\s?[:.]\s?\d{2}(?:\s?:\s?\d{2})?(?:\s?[ap]m)?|ago|\d{1,2}h\d{2})\b/giu;
/** A numeric date ("05/03/2013", "3.5.2013"): day and month order unknown, so never read as a value. */
const NUMERIC_DATE = /\b\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:\d{4}|\d{2})\b/;
/** A clock time, a year or "ago": what a publishing line holds. */
const TIME_OR_YEAR = /\d{1,2}\s?[:.]\s?\d{2}\b|\b(?:19|20)\d{2}\b|\bago\b/i;
/** A publishing word opening a short line with a time or date ("Updated 5:40 p.m. ET"). */
const PUBLISHING_LINE =
  /^(?:(?:first |last |originally )?(?:published|posted|updated|modified))\b[^\p{L}]{0,3}(?=.{0,60}\d)/iu;

/** A date found in a line: ISO `YYYY-MM-DD`, where it is, and whether it dates an update. */
export interface FoundDate {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
  readonly updated: boolean;
}

/** Find the first unambiguous calendar date in a line (month names or ISO; never numeric D/M order). */
export function findDate(text: string): FoundDate | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = m[1]
    ? [Number(m[3]), MONTH_NUMBERS[m[1].toLowerCase()], Number(m[2])]
    : m[5]
      ? [Number(m[6]), MONTH_NUMBERS[m[5].toLowerCase()], Number(m[4])]
      : [Number(m[7]), Number(m[8]), Number(m[9])];
  if (!month || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return {
    iso: date.toISOString().slice(0, 10),
    start: m.index,
    end: m.index + m[0].length,
    updated: UPDATED_WORD.test(text.slice(0, m.index)),
  };
}

/**
 * The date of a line that is only a date with publishing words and times around it, or of a short line
 * opening with a publishing word, whatever times and zones stand around its first date ("POSTED: 1052
 * GMT (1852 HKT), April 10, 2007", "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: …"); else null.
 */
export function datelineDate(text: string): FoundDate | null {
  const found = findDate(text);
  if (!found || !(onlyDate(text, found.start, found.end) || publishingLine(text))) return null;
  return { ...found, iso: withClock(found.iso, text.slice(found.end)) };
}

/**
 * "at 4:05 pm GMT", "11:30 +01:00" right after a dateline's date: the day with its time, when the zone is
 * UTC/GMT or a numeric offset. A time with no zone, or a named local zone ("ET", "BST"), leaves the day
 * alone: the report would print the time as UTC, which the page does not say.
 */
function withClock(day: string, after: string): string {
  const m = CLOCK_AFTER_DATE.exec(after);
  if (!m?.[4]) return day;
  const [, h, mm, half, zone] = m;
  let hour = Number(h);
  if (half) hour = (hour % 12) + (/^p/i.test(half) ? 12 : 0);
  if (hour > 23 || Number(mm) > 59) return day;
  const offset = /^(?:utc|gmt|z)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1$2');
  return parseDate(`${day}T${String(hour).padStart(2, '0')}:${mm}:00${offset}`) ?? day;
}

/** A clock time right after a date, with am/pm and a UTC/GMT or numeric zone; a named local zone after it fails. */
const CLOCK_AFTER_DATE =
  /^\s*,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})\s*([ap])?\.?(?:m\.?)?\s*(utc|gmt|z|[+-]\d{2}:?\d{2})?(?![\p{L}\d])/iu;

/** A short line opening with a publishing word and holding a time or a year ("Updated 5:40 p.m. ET"). */
function publishingLine(text: string): boolean {
  return PUBLISHING_LINE.test(text) && text.length <= 80 && TIME_OR_YEAR.test(text) && !/[.!?]$/.test(text);
}

/**
 * True when a line is a dateline: a date (named month, ISO or numeric) with only publishing words and
 * times around it ("Updated Dec. 27, 2023 3:10 PM ET"), or a short line opening with a publishing word.
 */
export function isDateline(text: string): boolean {
  if (publishingLine(text)) return true;
  const found = findDate(text);
  if (found) return onlyDate(text, found.start, found.end);
  const numeric = NUMERIC_DATE.exec(text);
  return numeric !== null && onlyDate(text, numeric.index, numeric.index + numeric[0].length);
}

/** Every named-month or ISO date of a line: a dateline may give its update's date after its own. */
const EVERY_DATE = new RegExp(DATE.source, 'gi');

/**
 * True when nothing but publishing words, times, separators and other dates surround the date at
 * [start, end) ("Dec 4, 2026 – 6.45am | Updated Dec 4, 2026 – 11.20am").
 */
function onlyDate(text: string, start: number, end: number): boolean {
  const rest = `${text.slice(0, start)} ${text.slice(end)}`
    .replace(EVERY_DATE, ' ')
    .replace(DATELINE_FILLER, ' ')
    .replace(/\b[ap]\.\s?m\.?/gi, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return rest === '' || rest.split(' ').length <= 1;
}
