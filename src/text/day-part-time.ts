// The times of day a sentence tells: its clock times ("at 6 p.m.", "noon") and a part of the day told
// with its day ("Wednesday night", "Tuesday evening", "tonight", "this afternoon"), each where it
// stands. Read by the compare stage, where an article published earlier on the event's own day, before
// the hour of the event's own verb, was written before it (compare/support/event-hour.ts).
import { clockTimes } from './clock.ts';
import { DAY_PART_STARTS } from './data/weekday-cues.ts';
import { WEEKDAY_ANY } from './dates/patterns.ts';

const PARTS = Object.keys(DAY_PART_STARTS).filter((p) => p !== 'tonight');
// a part of the day after a weekday or "this", or "tonight": group 1 the part
const DAY_PART = new RegExp(
  `\\b(?:(?:${WEEKDAY_ANY})\\s+|this\\s+)(${PARTS.join('|')})\\b|\\b(tonight)\\b`,
  'gi',
);

/**
 * Each time of day `text` tells, in minutes after midnight, with where it starts in `text`: its clock
 * times and the parts of the day told with their day (a part's start: "Wednesday night" 18:00).
 * @example
 * timesOfDay('The council voted at an emergency meeting Wednesday night.') // [{ minute: 1080, index: 42 }]
 */
export function timesOfDay(text: string): { minute: number; index: number }[] {
  const times = clockTimes(text);
  for (const m of text.matchAll(DAY_PART))
    times.push({ minute: DAY_PART_STARTS[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 0, index: m.index });
  return times;
}
