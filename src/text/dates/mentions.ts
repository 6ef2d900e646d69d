import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from '../calendar.ts';
import { NUMBER_WORDS } from '../data/numbers.ts';
import {
  AGO,
  CLAUSE_BREAK,
  DATE_GUARDS,
  DAY_MONTH,
  DEICTIC,
  FUTURE_CUE,
  ISO_DATE,
  MONTH_ALONE,
  MONTH_DAY,
  MONTH_YEAR,
  OWNING_YEAR,
  PAST_AUXILIARY,
  PERIOD,
  SPAN_END,
  START_CUE,
  TENSE_WINDOW_WORDS,
  US_NUMERIC_DATE,
  WEEKDAY,
  YEAR_ALONE,
} from './patterns.ts';

/** What a date expression says, before it is resolved against a reference date. */
export type DateValue =
  | {
      readonly kind: 'day';
      readonly month: number;
      readonly day: number;
      readonly year: number | null;
      readonly weekday: number | null;
      /** Set when a year told from the day of writing owns it: "next year's festival on April 4". */
      readonly yearShift?: -1 | 0 | 1;
    }
  | {
      readonly kind: 'month';
      readonly month: number;
      readonly year: number | null;
      readonly shift: -1 | 0 | 1 | null;
      /** Set when a year told from the day of writing owns it: "last year's storm in March". */
      readonly yearShift?: -1 | 0 | 1;
    }
  | {
      readonly kind: 'weekday';
      readonly weekday: number;
      readonly shift: -1 | 0 | 1 | null;
      /** Set when the sentence names the week: "said last week that he spoke on Thursday". */
      readonly week?: -1 | 0 | 1;
    }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'period'; readonly unit: 'week' | 'month' | 'year'; readonly shift: -1 | 0 | 1 }
  | { readonly kind: 'offset'; readonly unit: 'day' | 'week' | 'month' | 'year'; readonly amount: number };

/** A date expression found in a text, with its span in that text and the tense of its clause. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: DateValue;
  /** True when the clause before it speaks of the future ("will meet on Monday"). */
  readonly future: boolean;
}

const SHIFTS: Readonly<Record<string, -1 | 0 | 1>> = { last: -1, past: -1, this: 0, next: 1, coming: 1 };

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
      const raw = (m[1] ?? '').toLowerCase();
      // "a week ago": "a" and "an" are no number words, and count one
      const amount = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? 1);
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
        : { kind: 'weekday', weekday: wd, shift: m[1] ? (SHIFTS[m[1].toLowerCase()] ?? null) : null };
    },
    DATE_GUARDS.weekday,
  ],
];

/** True when the clause left of `at` in `text` has a future marker ("will", "next", "scheduled to"). */
export function isFutureAt(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] as string)) from--;
  const words = text.slice(from, at).trim().split(/\s+/).slice(-TENSE_WINDOW_WORDS).join(' ');
  return FUTURE_CUE.test(words);
}

/**
 * True when the date at `start`..`end` of `text` starts something ahead ("will add ferries from
 * Monday", "as of Friday"): a start cue right before it, no far end of a span after it, and no past
 * auxiliary in its clause ("services were suspended from Monday").
 */
export function startsAheadAt(text: string, start: number, end: number): boolean {
  if (!START_CUE.test(text.slice(Math.max(0, start - 24), start))) return false;
  if (SPAN_END.test(text.slice(end, end + 8))) return false;
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] as string)) from--;
  return !PAST_AUXILIARY.test(text.slice(from, start));
}

/**
 * Find the date expressions of a text: explicit dates, months, weekdays, "last week", "two days ago".
 * @example
 * findDateMentions('They met on Wednesday, Dec. 27.')[0].value // { kind: 'day', month: 12, day: 27, ... }
 */
export function findDateMentions(text: string): DateMention[] {
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
      const future =
        own === 1 || (own === null && (isFutureAt(text, m.index) || startsAheadAt(text, start, end)));
      taken.push([start, end]);
      found.push({ start, end, text: text.slice(start, end), value, future });
    }
  }
  return withOwningYear(text, withWeek(text, found)).sort((a, b) => a.start - b.start);
}

const SENTENCE_END = /[.!?][”"’]?\s+[A-Z]/;

// A month or day without its year after "next year's" / "last year's" / "this year's" in the text
// falls in that year ("next year's festival would move to the first Saturday in April"), unless a
// stated year comes between.
function withOwningYear(text: string, found: DateMention[]): DateMention[] {
  if (!DATE_GUARDS.period.test(text)) return found;
  const owners = [...text.matchAll(OWNING_YEAR)].map((m) => ({
    at: m.index,
    shift: SHIFTS[(m[1] ?? '').toLowerCase()] as -1 | 0 | 1,
  }));
  if (!owners.length) return found;
  const yeared = found.filter(
    (m) => m.value.kind === 'year' || ((m.value.kind === 'day' || m.value.kind === 'month') && m.value.year),
  );
  return found.map((m) => {
    const v = m.value;
    if ((v.kind !== 'day' && v.kind !== 'month') || v.year !== null) return m;
    const owner = owners.filter((o) => o.at < m.start).pop();
    if (!owner || yeared.some((y) => y.start > owner.at && y.start < m.start)) return m;
    // (in its own sentence only, when the text holds more than one)
    if (SENTENCE_END.test(text.slice(owner.at, m.start))) return m;
    return { ...m, value: { ...v, yearShift: owner.shift } };
  });
}

// Between a weekday and the week named right beside it ("Monday last week", "Monday of last week",
// "last week, on Monday").
const WEEK_BESIDE = /^[\s,]*(?:(?:of|on)\s+)?$/i;
// Between a week and a weekday in what was said then ("said last week that … on Thursday").
const SAID_THEN = /\bthat\b/i;

// A bare weekday in a sentence that names one week falls in that week when it is right beside it
// ("Monday of last week") or in a clause told of that week ("said last week that … on Thursday");
// otherwise the week tells another event ("shot … Monday at the firm from which he was fired last
// week", "who was fired last week shot … Monday", "Monday's shooting follows two last week").
function withWeek(text: string, found: DateMention[]): DateMention[] {
  const weeks = found.filter((m) => m.value.kind === 'period' && m.value.unit === 'week');
  const named = weeks[0];
  if (weeks.length !== 1 || named?.value.kind !== 'period') return found;
  const week = named.value.shift;
  const between = (m: DateMention) =>
    named.start < m.start ? text.slice(named.end, m.start) : text.slice(m.end, named.start);
  return found.map((m) =>
    m.value.kind === 'weekday' &&
    m.value.shift === null &&
    (WEEK_BESIDE.test(between(m)) || (named.start < m.start && SAID_THEN.test(between(m))))
      ? { ...m, value: { ...m.value, week } }
      : m,
  );
}
