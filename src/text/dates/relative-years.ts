import { partsOf } from './days.ts';
import { findDateMentions } from './mentions.ts';
import { resolveDate } from './resolve.ts';

/**
 * The years a text tells from its day of writing ("last year", "this year", "next year", "two years
 * ago", "a year ago"), each resolved against `written` (a day number), by the shared date reader:
 * a stage that needs a relative year takes it here, not from a table of its own. "The past year" is
 * the twelve months up to the day of writing, no one year: none.
 * @example
 * relativeYearsIn('The blast killed 40 workers two years ago.', dayOf(2026, 3, 4)) // [2024]
 */
export function relativeYearsIn(text: string, written: number): number[] {
  return findDateMentions(text).flatMap((m) => {
    const v = m.value;
    const yearly =
      (v.kind === 'period' || v.kind === 'offset') && v.unit === 'year' && !/\bpast\b/i.test(m.text);
    const resolved = yearly ? resolveDate(m, written) : null;
    return resolved ? [partsOf(resolved.day).year] : [];
  });
}
