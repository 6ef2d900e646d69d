import type { Token } from '../../../model/index.ts';
import { MONTH_NUMBERS, WEEKDAY_NAMES } from '../../../text/calendar.ts';
import { dict } from '../../../text/data/dict.ts';
import {
  RECURRING_WEEKDAY_STEPS,
  RECURRING_WEEKDAY_WORDS,
  SAME_DAY_WEEKDAY_WORDS,
} from '../../../text/data/weekday-cues.ts';
import { conditionWeekdayAhead } from '../../../text/dates/condition.ts';
import { dayOf, parseIsoDay, partsOf } from '../../../text/dates/days.ts';
import { dayOfEvent } from '../../../text/dates/event-days.ts';
import { weekdayNear } from '../../../text/dates/resolve.ts';
import { fold } from '../../../text/normalise.ts';
import { YEAR_RE } from '../../../text/patterns.ts';
import { MONTH_RE, WEEKDAY_RE } from '../patterns.ts';
import { lookupOf } from '../text.ts';
import type { Modality } from './modality.ts';
import { relativeDay } from './relative-day.ts';

/** A date a claim names: a day (resolved when the article's date allows), a month, or a year. */
export interface ClaimDate {
  /** As written, folded: "tuesday", "dec. 26", "2023", "yesterday". */
  readonly written: string;
  /** Month and day when known ("12-26"). */
  readonly monthDay: string | null;
  /** Month (1-12) of a month named without its day ("in January 2008"), else null. */
  readonly month?: number | null;
  /** Year when written or resolved. */
  readonly year: number | null;
  /** Weekday name when written ("tuesday"). */
  readonly weekday: string | null;
  /** True when it dates the statement, not the event ("said Thursday"). */
  readonly reported?: boolean;
  /** True for a time told from the day of writing and not resolved to a day ("this week", "yesterday" undated). */
  readonly deictic?: boolean;
}

/** The day a quoted "tonight" counts from (quoted-days.ts): null, none; undefined, the day of writing. */
export type DeicticBase = (token: Token) => number | null | undefined;

const DECADE_RE = /^(1[89]|20)\d0s$/;
const DEICTIC: Readonly<Record<string, number>> = dict({ today: 0, tonight: 0, yesterday: -1, tomorrow: 1 });
const DEICTIC_DAYS = lookupOf(DEICTIC);
// "this week", "last month", "earlier this year": a span counted from the day of writing, never one day
const DEICTIC_SPAN_BEFORE = new Set(['this', 'last', 'next', 'past', 'coming']);
const DEICTIC_SPAN = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'season',
]);

// Words before a weekday that name that day itself, as "this" does ("later Monday").
const SAME_DAY = new Set(SAME_DAY_WEEKDAY_WORDS);
// The shift a word before a weekday gives it: "last" one before, "next" one after, "this" and "later" that day.
const WEEKDAY_SHIFTS = new Map<string, -1 | 0 | 1>([
  ['last', -1],
  ['next', 1],
  ['this', 0],
  ...SAME_DAY_WEEKDAY_WORDS.map((w) => [w, 0] as const),
]);

// Resolve a weekday against the article's publication day: the latest such day on or before it for
// what happened, the next one after it for what is planned, or told in the future under a condition
// ("will walk out on Thursday unless talks succeed" reads as a possibility; "it is unclear whether
// talks resumed on Monday" stays past; that day itself after "this" or "later");
// after "last" strictly before it, after "next" strictly after ("last Thursday" in an article of a
// Thursday is a week back).
function weekdayDay(name: string, published: number, ahead: boolean, before: string | undefined): number {
  const shift = WEEKDAY_SHIFTS.get(before ?? '') ?? null;
  return weekdayNear(published, WEEKDAY_NAMES.indexOf(name), shift, ahead);
}

// Whether the weekday at token i is the coming one: in a plan, or in a possibility told in the future
// whose noun phrase it does not weigh (text/dates/condition.ts, as text/dates/coming.ts reads it).
const aheadAt = (tokens: readonly Token[], i: number, modality: Modality): boolean =>
  modality === 'planned' ||
  (modality === 'hypothetical' &&
    conditionWeekdayAhead(
      tokens.map((t) => t.norm),
      [tokens[i + 1]?.norm ?? '', tokens[i + 2]?.norm ?? ''],
    ));

// The year that puts a month and day written without one nearest the day of writing ("Dec. 7" in
// an article of January 12, 2010 is December 7, 2009, not eleven months ahead).
function nearestYear(month: number, date: number, published: number): number {
  const year = partsOf(published).year;
  let best = year;
  let gap = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    const d = dayOf(y, month, date);
    if (d !== null && Math.abs(d - published) < gap) {
      best = y;
      gap = Math.abs(d - published);
    }
  }
  return best;
}

// A month's name before a day number or a year is the month, whatever its tag: wink tags "May" a
// noun ("voted on May 4"), "March" a verb where it reads one; the modal and the verb take no number.
const beforeDayOrYear = (next: Token | undefined): boolean => {
  const n = Number(next?.text);
  return (n >= 1 && n <= 31) || YEAR_RE.test(next?.text ?? '');
};

// The word before a weekday that shifts it ("last", "next", "this", "later"), read past an "on" after
// "later" ("later on Tuesday").
const cueBefore = (tokens: readonly Token[], i: number): string | undefined =>
  tokens[i - 1]?.norm === 'on' && SAME_DAY.has(tokens[i - 2]?.norm ?? '')
    ? tokens[i - 2]?.norm
    : tokens[i - 1]?.norm;

// A weekday that recurs ("every Saturday", "each other Monday") is no day of one event.
const RECURRING = new Set(RECURRING_WEEKDAY_WORDS);
const RECURRING_STEPS = new Set(RECURRING_WEEKDAY_STEPS);
const recurring = (tokens: readonly Token[], i: number): boolean => {
  const before = tokens[i - 1]?.norm ?? '';
  return RECURRING.has(RECURRING_STEPS.has(before) ? (tokens[i - 2]?.norm ?? '') : before);
};

function dayDate(written: string, day: number, weekday: string | null): ClaimDate {
  const p = partsOf(day);
  return { written, monthDay: `${p.month}-${p.date}`, year: p.year, weekday };
}

/**
 * The dates a clause names (weekdays, month and day, "yesterday", years), each resolved against the
 * article's publication date when it has one (a quoted "tonight" against the day it was said:
 * `base`). A weekday right after a reporting verb dates the statement, not the event (`reported(i)`).
 */
export function claimDates(
  tokens: readonly Token[],
  publishedAt: string | null,
  modality: Modality,
  reported: (i: number) => boolean,
  base?: DeicticBase,
): ClaimDate[] {
  const published = publishedAt ? parseIsoDay(publishedAt.slice(0, 10)) : null;
  const out: ClaimDate[] = [];
  tokens.forEach((t, i) => {
    const relative = relativeDay(tokens, i);
    if (relative) {
      out.push({ written: relative, monthDay: null, year: null, weekday: null });
      return;
    }
    if (DEICTIC_SPAN.has(t.norm) && DEICTIC_SPAN_BEFORE.has(tokens[i - 1]?.norm ?? '')) {
      const date = { written: `${tokens[i - 1]?.norm} ${t.norm}`, monthDay: null, year: null, weekday: null };
      // "said last week" dates the statement
      out.push(reported(i - 1) ? { ...date, deictic: true, reported: true } : { ...date, deictic: true });
      return;
    }
    // dates start with a capital (weekdays, months), a digit (years), or are "today"-like words
    const c = t.text.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !(c >= 65 && c <= 90) && DEICTIC_DAYS(t.norm) === undefined) return;
    const w = fold(t.text).replace(/\.$/, '');
    if (WEEKDAY_RE.test(w)) {
      if (recurring(tokens, i)) return;
      const date =
        published === null
          ? { written: w, monthDay: null, year: null, weekday: w }
          : dayDate(w, weekdayDay(w, published, aheadAt(tokens, i, modality), cueBefore(tokens, i)), w);
      out.push(reported(i) ? { ...date, reported: true } : date);
    } else if (DEICTIC_DAYS(w) !== undefined) {
      // without a day to count from (`base`: a quote's), "yesterday" stays as written: only it matches it
      const from = base?.(t);
      const day = from === undefined ? published : from;
      out.push(
        day === null
          ? { written: w, monthDay: null, year: null, weekday: null, deictic: true }
          : dayDate(w, day + (DEICTIC[w] as number), null),
      );
    } else if (MONTH_RE.test(fold(t.text)) && (t.pos === 'PROPN' || beforeDayOrYear(tokens[i + 1]))) {
      const month = MONTH_NUMBERS[w.slice(0, 3)] as number;
      const day = Number(tokens[i + 1]?.text);
      if (!(day >= 1 && day <= 31)) {
        // "in January 2008": a month of a year
        const year = tokens[i + 1]?.text;
        if (year && YEAR_RE.test(year))
          out.push({ written: `${w} ${year}`, monthDay: null, month, year: Number(year), weekday: null });
        // "back in October": a month alone ("may" and "march" only after "in", "from" …)
        else if (!/^(may|march)$/.test(w) || /^(in|since|until|by|from)$/.test(tokens[i - 1]?.norm ?? ''))
          out.push({ written: w, monthDay: null, month, year: null, weekday: null });
        return;
      }
      const yearToken = tokens[i + 2]?.text === ',' ? tokens[i + 3]?.text : tokens[i + 2]?.text;
      const year =
        yearToken && YEAR_RE.test(yearToken)
          ? Number(yearToken)
          : published !== null
            ? nearestYear(Number(month), Number(day), published)
            : null;
      const date = { written: `${w} ${day}`, monthDay: `${month}-${day}`, year, weekday: null };
      // "Wednesday, Dec. 27" is one date: the weekday just before joins it
      const last = out[out.length - 1];
      const before = tokens[i - 1]?.text === ',' ? tokens[i - 2] : tokens[i - 1];
      if (last?.weekday && before && fold(before.text).replace(/\.$/, '') === last.weekday)
        out[out.length - 1] = {
          ...date,
          weekday: last.weekday,
          ...(last.reported ? { reported: true } : {}),
        };
      else out.push(date);
    } else if (DECADE_RE.test(t.text)) {
      out.push({ written: t.text, monthDay: null, year: Number(t.text.slice(0, 4)), weekday: null });
    } else if (
      YEAR_RE.test(t.text) &&
      ![1, 2, 3].some((k) => MONTH_RE.test(fold(tokens[i - k]?.text ?? '')))
    ) {
      out.push({ written: t.text, monthDay: null, year: Number(t.text), weekday: null });
    }
  });
  return out;
}

/** The day number of a date whose month, day and year are known. */
export function dayOfDate(d: ClaimDate): number | null {
  return dayOfEvent(d);
}
