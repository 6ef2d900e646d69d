// The earliest time of day a sentence tells: its clock times ("at 6 p.m.", "noon") and a part of the
// day told with its day ("Wednesday night", "Tuesday evening", "tonight", "this afternoon"). Read by
// the compare stage, where an article published earlier on the event's own day was written before it.
import { minutesOfDay } from './clock.ts';
import { DAY_PART_STARTS } from './data/weekday-cues.ts';
import { WEEKDAY_ANY } from './dates/patterns.ts';

const PARTS = Object.keys(DAY_PART_STARTS).filter((p) => p !== 'tonight');
// a part of the day after a weekday or "this", or "tonight": group 1 the part
const DAY_PART = new RegExp(
  `\\b(?:(?:${WEEKDAY_ANY})\\s+|this\\s+)(${PARTS.join('|')})\\b|\\b(tonight)\\b`,
  'gi',
);

/**
 * The earliest time of day `text` tells, in minutes after midnight, or null for none.
 * @example
 * earliestTimeTold('The council voted at an emergency meeting Wednesday night.') // 1080
 * earliestTimeTold('The meeting began at 5:30 p.m. Wednesday and ran into the night.') // 1050
 */
export function earliestTimeTold(text: string): number | null {
  const times = minutesOfDay(text);
  for (const m of text.matchAll(DAY_PART))
    times.push(DAY_PART_STARTS[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 0);
  return times.length ? Math.min(...times) : null;
}
