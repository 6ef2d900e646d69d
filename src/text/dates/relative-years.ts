import { partsOf } from './days.ts';
import { findDateMentions } from './mentions.ts';
import { resolveDate } from './resolve.ts';

// What a text must hold for a mention of a year counted from its day of writing ("two years ago").
const YEAR_WORD = /year/i;

/**
 * The years a text tells from its day of writing ("last year", "this year", "next year", "two years
 * ago", "a year ago"), each resolved against `written` (a day number), by the shared date reader:
 * a stage that needs a relative year takes it here, not from a table of its own. "The past year" is
 * the twelve months up to the day of writing, no one year: none.
 * @example
 * relativeYearsIn('The blast killed 40 workers two years ago.', dayOf(2026, 3, 4)) // [2024]
 */
export function relativeYearsIn(text: string, written: number): number[] {
  // only "year" read as a unit of AGO or PERIOD (patterns.ts) gives one: a text without the word is
  // not read again (most claims the support judge dates hold none; their dates were read already)
  if (!YEAR_WORD.test(text)) return [];
  return findDateMentions(text).flatMap((m) => {
    const v = m.value;
    const yearly =
      (v.kind === 'period' || v.kind === 'offset') && v.unit === 'year' && !/\bpast\b/i.test(m.text);
    const resolved = yearly ? resolveDate(m, written) : null;
    return resolved ? [partsOf(resolved.day).year] : [];
  });
}
