import { SAME_DAY_WEEKDAY_WORDS } from '../data/weekday-cues.ts';

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
  /** True when it is the day of a plan told in the past that fell through ("was due to open on Friday but did not"). */
  readonly failed?: boolean;
  /**
   * True when it is the day of an event its clause tells as called off ("called off Tuesday's
   * strike"): a weekday is the nearest such day either way, not the one before the day of writing.
   */
  readonly calledOff?: boolean;
}

/** The shift a cue word gives a named time: "last" -1, "this" 0, "next" 1. */
export const SHIFTS: Readonly<Record<string, -1 | 0 | 1>> = {
  last: -1,
  past: -1,
  this: 0,
  next: 1,
  coming: 1,
};

const SAME_DAY: ReadonlySet<string> = new Set(SAME_DAY_WEEKDAY_WORDS);

/** The shift the cue before a weekday gives it: SHIFTS' (null for none), and "later (on) Monday" that day, as "this Monday". */
export function weekdayShift(cue: string): -1 | 0 | 1 | null {
  const word = cue.toLowerCase().split(/\s+/)[0] ?? '';
  return SAME_DAY.has(word) ? 0 : (SHIFTS[word] ?? null);
}
