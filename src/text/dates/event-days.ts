// The days a sentence's dates tell its event on, as keys two readings can share: one reader for the
// stages that ask whether two sentences tell one day (compare: an event told ended, a plan for it).
import { dayOf } from './days.ts';

/** A date as a sentence's reading holds it (the compare stage's reading of a claim's dates). */
export interface DayOfEvent {
  /** Month and day when known ("12-26"). */
  readonly monthDay: string | null;
  /** Year when written or resolved. */
  readonly year: number | null;
  /** Weekday name when written ("tuesday"). */
  readonly weekday: string | null;
  /** True when it dates the statement, not the event ("said Thursday"). */
  readonly reported?: boolean;
}

/**
 * When a date's weekday as written is a key too: `always` (besides its day: the side that gives
 * both, so an undated "on Tuesday" meets it), `undated` (only for a date resolved to no day), `never`.
 */
export type WeekdayKeys = 'always' | 'undated' | 'never';

/** The day number of a date whose month, day and year are known, else null. */
export function dayOfEvent(d: DayOfEvent): number | null {
  if (!d.monthDay || d.year === null) return null;
  const [m, day] = d.monthDay.split('-').map(Number);
  return dayOf(d.year, m as number, day as number);
}

/**
 * The days dates tell their event on, as keys: `d` and the day number for a date resolved to a day,
 * `w` and the weekday as written where `weekdays` says so; a date of the statement ("said Thursday")
 * gives none.
 * @example
 * eventDayKeys([{ monthDay: '12-26', year: 2023, weekday: 'tuesday' }], 'always') // ['d19717', 'wtuesday']
 */
export function eventDayKeys(dates: readonly DayOfEvent[], weekdays: WeekdayKeys): string[] {
  const out: string[] = [];
  for (const d of dates) {
    if (d.reported) continue;
    const day = dayOfEvent(d);
    if (day !== null) out.push(`d${day}`);
    if (d.weekday && (weekdays === 'always' || (weekdays === 'undated' && day === null)))
      out.push(`w${d.weekday}`);
  }
  return out;
}
