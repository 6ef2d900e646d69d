// A figure difference whose values follow each other in time (an update): its first and newest values.
import type { Conflict } from '../../model/index.ts';
import { parseIsoDay } from '../../text/dates/days.ts';
import { publishedUtcDay } from '../../text/dates/published.ts';
import { sideFirstTold } from '../compare/difference-times.ts';

// The UTC day numbers a side's articles were published on (null for an undated one).
const daysTold = (s: Conflict['sides'][number]) =>
  (s.told ?? []).map((t) => parseIsoDay(publishedUtcDay(t.publishedAt) ?? ''));

// Whether a figure difference's values follow each other by days: every article of each value
// published on a day before every article of the next (a toll given on Saturday, another on Sunday: a
// follow-up, as compare's `update` is one an article tells as a change).
function byDays(d: Conflict): boolean {
  const spans = new Map<number, { first: number; last: number }>();
  for (const side of d.sides) {
    const value = side.value?.number;
    const days = daysTold(side);
    if (value === undefined || !days.length || days.some((n) => n === null)) return false;
    const known = spans.get(value);
    const [first, last] = [Math.min(...(days as number[])), Math.max(...(days as number[]))];
    spans.set(
      value,
      known ? { first: Math.min(first, known.first), last: Math.max(last, known.last) } : { first, last },
    );
  }
  const ordered = [...spans.values()].sort((a, b) => a.first - b.first);
  return (
    ordered.length > 1 && ordered.every((s, i) => i === 0 || (ordered[i - 1] as typeof s).last < s.first)
  );
}

/**
 * The newest value of an update (compare's `update`: values that follow each other in time, or values
 * that follow each other by days, each earlier one among `overtaken`, the values a later day's reports
 * give anew in two outlets at least: overtaken.ts): the value of the side whose articles were
 * published last; null for a difference of outlets (one outlet alone giving another value a day later
 * is one).
 * @example
 * newestOf(toll, new Set([2])) // 4
 */
export function newestOf(d: Conflict, overtaken: ReadonlySet<number>): number | null {
  const [newest] = [...d.sides].sort((a, b) => sideFirstTold(b) - sideFirstTold(a));
  const value = newest?.value?.number ?? null;
  if (d.update) return value;
  const earlier = d.sides.flatMap((s) => (s.value && s.value.number !== value ? [s.value.number] : []));
  return byDays(d) && earlier.every((v) => overtaken.has(v)) ? value : null;
}

/**
 * The first value of a figure difference: the value of the side whose articles were published first.
 * @example
 * firstOf(toll) // 2
 */
export function firstOf(d: Conflict): number | null {
  const [first] = [...d.sides].sort((a, b) => sideFirstTold(a) - sideFirstTold(b));
  return first?.value?.number ?? null;
}
