import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from '../calendar.ts';
import { clauseStartAt, sentenceStartAt } from './clause.ts';
import { calledOffAt, comingAt, holdsPast } from './coming.ts';
import {
  AGO,
  AHEAD_OF_CUE,
  amountOf,
  DATE_GUARDS,
  DAY_MONTH,
  DEICTIC,
  EXPECT_BLOCK,
  EXPECT_CUE,
  FAILED_PLAN_AFTER,
  FUTURE_CUE,
  ISO_DATE,
  MONTH_ALONE,
  MONTH_DAY,
  MONTH_YEAR,
  OWNED_NEXT_PERIOD,
  PAST_AUXILIARY,
  PAST_PLAN_CUE,
  PERIOD,
  SPAN_END,
  START_CUE,
  TENSE_WINDOW_WORDS,
  US_NUMERIC_DATE,
  WEEKDAY,
  YEAR_ALONE,
} from './patterns.ts';
import { withOwningYear, withWeek } from './sentence-time.ts';
import { type DateMention, type DateValue, SHIFTS, weekdayShift } from './values.ts';

export { clauseStartAt } from './clause.ts';

export type { DateMention, DateValue } from './values.ts';

const key = (name: string): string => name.toLowerCase().replace(/\.$/, '');
const capitalised = (name: string | undefined): boolean => !!name && /^[A-Z]/.test(name);
const month = (name: string | undefined): number | null =>
  capitalised(name) ? (MONTH_NUMBERS[key(name as string)] ?? null) : null;
const weekday = (name: string | undefined): number | null =>
  capitalised(name) ? (WEEKDAY_NUMBERS[key(name as string)] ?? null) : null;
const year = (digits: string | undefined): number | null => (digits ? Number(digits) : null);

/** Reads a date pattern's match (null: not a date after all). */
export type Parser = (m: RegExpExecArray) => DateValue | null;

// "Dec. 27" and "27 December" read alike, with month and day in other groups (weekday 1, year 4).
const dayOfMonth =
  (monthGroup: number, dayGroup: number): Parser =>
  (m) => {
    const mo = month(m[monthGroup]);
    const day = Number(m[dayGroup]);
    if (mo === null || day < 1 || day > 31) return null;
    return { kind: 'day', month: mo, day, year: year(m[4]), weekday: weekday(m[1]) };
  };

/**
 * The date rules in priority order, the most specific forms first (a later match overlapping an
 * earlier one is dropped): each is its pattern, its parser and its guard (what a text must hold for
 * the pattern to match, tested first).
 */
export const DATE_RULES: readonly (readonly [RegExp, Parser, RegExp])[] = [
  [MONTH_DAY, dayOfMonth(2, 3), DATE_GUARDS.digit],
  [DAY_MONTH, dayOfMonth(3, 2), DATE_GUARDS.digit],
  [
    ISO_DATE,
    (m) => ({ kind: 'day', month: Number(m[2]), day: Number(m[3]), year: Number(m[1]), weekday: null }),
    DATE_GUARDS.digit,
  ],
  [
    US_NUMERIC_DATE,
    (m) => ({ kind: 'day', month: Number(m[1]), day: Number(m[2]), year: Number(m[3]), weekday: null }),
    DATE_GUARDS.digit,
  ],
  [
    MONTH_YEAR,
    (m) => {
      const mo = month(m[1]);
      return mo === null ? null : { kind: 'month', month: mo, year: year(m[2]), shift: null };
    },
    DATE_GUARDS.digit,
  ],
  [
    MONTH_ALONE,
    (m) => {
      const mo = month(m[2]);
      const cue = (m[1] ?? '').toLowerCase();
      return mo === null ? null : { kind: 'month', month: mo, year: null, shift: SHIFTS[cue] ?? null };
    },
    DATE_GUARDS.month,
  ],
  [YEAR_ALONE, (m) => ({ kind: 'year', year: Number(m[1]) }), DATE_GUARDS.digit],
  [
    AGO,
    (m) => {
      const amount = amountOf(m[1] ?? '');
      return { kind: 'offset', unit: (m[2] ?? 'day').toLowerCase() as 'day', amount };
    },
    DATE_GUARDS.ago,
  ],
  [
    PERIOD,
    (m) => ({
      kind: 'period',
      unit: (m[2] ?? 'week').toLowerCase() as 'week',
      shift: SHIFTS[(m[1] ?? 'this').toLowerCase()] ?? 0,
    }),
    DATE_GUARDS.period,
  ],
  [
    DEICTIC,
    (m) => {
      const word = (m[1] ?? '').toLowerCase();
      const amount = word === 'yesterday' ? 1 : word === 'tomorrow' ? -1 : 0;
      return { kind: 'offset', unit: 'day', amount };
    },
    DATE_GUARDS.deictic,
  ],
  [
    WEEKDAY,
    (m) => {
      const wd = weekday(m[2]);
      return wd === null
        ? null
        : {
            kind: 'weekday',
            weekday: wd,
            shift: m[1] ? weekdayShift(m[1]) : null,
          };
    },
    DATE_GUARDS.weekday,
  ],
];

/**
 * True when the clause left of `at` in `text` has a future marker ("will", "next", "scheduled to"), read
 * from its sentence's start at most: `sentenceStart` when the caller knows its sentences.
 */
export function isFutureAt(text: string, at: number, sentenceStart?: number): boolean {
  // ("The council would not say. The pier closed on Monday.": no future)
  const clause = clauseStartAt(text, at);
  const from =
    sentenceStart === undefined ? sentenceStartAt(text, clause, at) : Math.max(clause, sentenceStart);
  const words = text.slice(from, at).trim().split(/\s+/).slice(-TENSE_WINDOW_WORDS).join(' ');
  // (a noun's "for next year" is read in the whole clause, each of its words kept as a blank)
  const owned = text.slice(from, at).replace(OWNED_NEXT_PERIOD, (m) => m.replace(/\S+/g, '_'));
  const cued = owned.trim().split(/\s+/).slice(-TENSE_WINDOW_WORDS).join(' ');
  if (FUTURE_CUE.test(cued)) return true;
  const expecting = EXPECT_CUE.exec(words);
  return expecting !== null && isExpected(expecting[1] as string);
}

// The words between an expecting and its date leave the date the expected thing's: no relative word
// and no past verb of another event ("expects the strike that began on Monday", "expect prices to rise
// bought heavily on Tuesday")
function isExpected(between: string): boolean {
  if (EXPECT_BLOCK.test(between)) return false;
  return !holdsPast(between);
}

/**
 * True when the date at `start`..`end` of `text` starts something ahead ("will add ferries from
 * Monday", "as of Friday"): a start cue right before it, no far end of a span after it, and no past
 * auxiliary in its clause ("services were suspended from Monday").
 */
export function startsAheadAt(text: string, start: number, end: number): boolean {
  if (!START_CUE.test(text.slice(Math.max(0, start - 24), start))) return false;
  if (SPAN_END.test(text.slice(end, end + 8))) return false;
  const from = clauseStartAt(text, start);
  return !PAST_AUXILIARY.test(text.slice(from, start));
}

/**
 * True when the weekday's possessive at `start`..`end` of `text` owns a thing still ahead ("are
 * looking for childcare ahead of Thursday's strike"): AHEAD_OF_CUE right before it, and no past
 * auxiliary or past verb in its clause ("the mayor resigned before Thursday's vote" may be past).
 */
export function aheadOfAt(text: string, start: number, end: number): boolean {
  if (!/['’]s$/.test(text.slice(start, end).split(/\s+/)[0] ?? '')) return false;
  if (!AHEAD_OF_CUE.test(text.slice(Math.max(0, start - 24), start))) return false;
  const clause = text.slice(clauseStartAt(text, start), start);
  return !PAST_AUXILIARY.test(clause) && !holdsPast(clause);
}

/**
 * "Was due to open on Friday but did not": a plan told in the past whose date is followed by its
 * failing is a day gone by, not ahead (a weekday is the one before the day of writing).
 */
function failedPlan(text: string, start: number, end: number): boolean {
  if (!FAILED_PLAN_AFTER.test(text.slice(end))) return false;
  return PAST_PLAN_CUE.test(text.slice(clauseStartAt(text, start), start));
}

/**
 * Find the date expressions of a text: explicit dates, months, weekdays, "last week", "two days ago";
 * `sentenceStarts`, the offsets its sentences start at when the caller has them ([0]: one sentence).
 * @example
 * findDateMentions('They met on Wednesday, Dec. 27.')[0].value // { kind: 'day', month: 12, day: 27, ... }
 */
export function findDateMentions(text: string, sentenceStarts?: readonly number[]): DateMention[] {
  const sentenceAt = (at: number) => sentenceStarts?.findLast((start) => start <= at);
  const taken: [number, number][] = [];
  const found: DateMention[] = [];
  for (const [pattern, parse, guard] of DATE_RULES) {
    if (!guard.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // MONTH_ALONE's cue word is context, not part of the date; the span starts at the month name
      const start = pattern === MONTH_ALONE && m.indices?.[2] ? m.indices[2][0] : m.index;
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const value = parse(m);
      if (!value) continue;
      const own = value.kind === 'weekday' && value.shift !== null ? value.shift : null;
      const failed = own === null && failedPlan(text, start, end);
      const calledOff = own === null && !failed && calledOffAt(text, clauseStartAt(text, start), start, end);
      // "this Friday" is told as past or ahead by its clause, as a weekday alone ("will meet this Friday")
      const future =
        own === 1 ||
        (own !== -1 &&
          !failed &&
          (isFutureAt(text, m.index, sentenceAt(m.index)) ||
            startsAheadAt(text, start, end) ||
            aheadOfAt(text, start, end) ||
            (value.kind === 'weekday' && comingAt(text, clauseStartAt(text, start), start, end))));
      taken.push([start, end]);
      const flags = { ...(failed ? { failed } : {}), ...(calledOff ? { calledOff } : {}) };
      found.push({ start, end, text: text.slice(start, end), value, future, ...flags });
    }
  }
  return withOwningYear(text, withWeek(text, found)).sort((a, b) => a.start - b.start);
}
