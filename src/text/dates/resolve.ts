import { dayOf, monthStart, partsOf, weekdayOf, weekStart, yearStart } from './days.ts';
import type { DateMention, DateValue } from './mentions.ts';

/** How fine a resolved date is: "Dec. 27" is a day, "last week" a week, "in November" a month. */
export type Precision = 'day' | 'week' | 'month' | 'year';

/** A date expression resolved to a day number (the start of its period) and its precision. */
export interface ResolvedDate {
  readonly day: number;
  readonly precision: Precision;
  /** True when the expression itself was relative (weekday, "last week", a month or day without a year). */
  readonly relative: boolean;
}

/** How a missing year is chosen: by tense around the reference date, or simply the closest. */
export type YearMode = 'past' | 'future' | 'closest';

// Slack (days) for "past" dates slightly after the reference, whose own date may be a guess.
const YEAR_SLACK = 7;

/**
 * The year for a month/day without one, near `reference`: a stated weekday must match; past tense takes
 * the latest candidate not after the reference, future the earliest not before it.
 */
export function chooseYear(
  month: number,
  date: number,
  weekday: number | null,
  reference: number,
  mode: YearMode,
): number | null {
  const base = partsOf(reference).year;
  let candidates = [base - 1, base, base + 1]
    .map((y) => ({ y, day: dayOf(y, month, date) }))
    .filter((c): c is { y: number; day: number } => c.day !== null);
  if (weekday !== null) {
    const matching = candidates.filter((c) => weekdayOf(c.day) === weekday);
    if (matching.length) candidates = matching;
  }
  if (!candidates.length) return null;
  const closest = [...candidates].sort((a, b) => Math.abs(a.day - reference) - Math.abs(b.day - reference));
  if (mode === 'past') {
    const past = candidates.filter((c) => c.day <= reference + YEAR_SLACK);
    return past.length ? (past[past.length - 1] as { y: number }).y : (closest[0] as { y: number }).y;
  }
  if (mode === 'future') {
    const future = candidates.filter((c) => c.day >= reference - YEAR_SLACK);
    return future.length ? (future[0] as { y: number }).y : (closest[0] as { y: number }).y;
  }
  return (closest[0] as { y: number }).y;
}

/**
 * The day of `weekday` (0 Sunday) nearest `reference`: on or before it, or on or after it for the
 * future ("will vote Tuesday" written on a Tuesday is that day: wire style names today's weekday);
 * shift -1 ("last Thursday") is strictly before, 1 ("next Thursday") strictly after, 0 ("this
 * Thursday") the nearest on or after it for the future.
 */
export function weekdayNear(
  reference: number,
  weekday: number,
  shift: -1 | 0 | 1 | null,
  future: boolean,
): number {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(reference) + 7) % 7;
  if (shift === -1) return reference - (back === 0 ? 7 : back);
  if (shift === 1) return reference + (ahead === 0 ? 7 : ahead);
  return future ? reference + ahead : reference - back;
}

function monthNear(
  reference: number,
  month: number,
  shift: -1 | 0 | 1 | null,
  future: boolean,
  closest = false,
): number {
  const { year, month: current } = partsOf(reference);
  // the nearest such month: at most six months either way ("in May" told in no past tense)
  if (shift === null && closest) return dayOf(year + Math.round((current - month) / 12), month, 1) as number;
  let y = year;
  if (shift === -1) y = month < current ? year : year - 1;
  else if (shift === 1) y = month > current ? year : year + 1;
  else if (shift === null)
    y = future ? (month >= current ? year : year + 1) : month <= current ? year : year - 1;
  return dayOf(y, month, 1) as number;
}

/**
 * Resolve a date expression against a reference day (the article's publication date). Weekdays go to
 * the nearest such day on or before the reference, or on or after it when the clause speaks of the
 * future, or the nearest either way for an event told as called off (`calledOff`); "last"/"next"
 * force before/after. Returns null when it needs a reference and has none.
 * @example
 * resolveDate(findDateMentions('He left on Monday.')[0], dayOf(2023, 12, 27)) // Monday 2023-12-25
 */
export function resolveDate(
  mention: Pick<DateMention, 'value' | 'future' | 'calledOff'>,
  reference: number | null,
  yearMode?: YearMode,
): ResolvedDate | null {
  const v: DateValue = mention.value;
  const future = mention.future;
  if (v.kind === 'day' && v.year !== null) {
    const day = dayOf(v.year, v.month, v.day);
    return day === null ? null : { day, precision: 'day', relative: false };
  }
  if (v.kind === 'month' && v.year !== null) {
    const day = dayOf(v.year, v.month, 1);
    return day === null ? null : { day, precision: 'month', relative: false };
  }
  if (v.kind === 'year') {
    const day = dayOf(v.year, 1, 1);
    return day === null ? null : { day, precision: 'year', relative: false };
  }
  if (reference === null) return null;
  switch (v.kind) {
    case 'day': {
      // "next year's festival on April 4": the year is told from the day of writing
      const y =
        v.yearShift !== undefined
          ? partsOf(reference).year + v.yearShift
          : chooseYear(v.month, v.day, v.weekday, reference, yearMode ?? (future ? 'future' : 'past'));
      const day = y === null ? null : dayOf(y, v.month, v.day);
      return day === null ? null : { day, precision: 'day', relative: true };
    }
    case 'month': {
      const day =
        v.yearShift !== undefined
          ? (dayOf(partsOf(reference).year + v.yearShift, v.month, 1) as number)
          : monthNear(reference, v.month, v.shift, future || yearMode === 'future', yearMode === 'closest');
      return { day, precision: 'month', relative: true };
    }
    case 'weekday':
      if (v.week !== undefined) {
        const day = weekStart(reference) + 7 * v.week + ((v.weekday + 6) % 7);
        return { day, precision: 'day', relative: true };
      }
      // (an event told as called off had not yet taken place: the nearest such day either way)
      if (mention.calledOff && v.shift === null) {
        const back = weekdayNear(reference, v.weekday, null, false);
        const ahead = weekdayNear(reference, v.weekday, null, true);
        return { day: ahead - reference < reference - back ? ahead : back, precision: 'day', relative: true };
      }
      return { day: weekdayNear(reference, v.weekday, v.shift, future), precision: 'day', relative: true };
    case 'period': {
      const day =
        v.unit === 'week'
          ? weekStart(reference) + 7 * v.shift
          : v.unit === 'month'
            ? monthStart(reference, v.shift)
            : yearStart(reference, v.shift);
      return { day, precision: v.unit, relative: true };
    }
    case 'offset': {
      if (v.unit === 'day') return { day: reference - v.amount, precision: 'day', relative: true };
      if (v.unit === 'week') return { day: reference - 7 * v.amount, precision: 'week', relative: true };
      if (v.unit === 'month')
        return { day: monthStart(reference, -v.amount), precision: 'month', relative: true };
      return { day: yearStart(reference, -v.amount), precision: 'year', relative: true };
    }
  }
}

/**
 * The first and last day a resolved date covers: one day, or its week, month or year.
 * @example
 * spanOf({ day: dayOf(2010, 9, 1), precision: 'month', relative: false }) // [Sept 1, Sept 30] of 2010
 */
export function spanOf(date: ResolvedDate): readonly [number, number] {
  const { day, precision } = date;
  if (precision === 'week') return [day, day + 6];
  if (precision === 'month') return [day, monthStart(day, 1) - 1];
  if (precision === 'year') return [day, yearStart(day, 1) - 1];
  return [day, day];
}
