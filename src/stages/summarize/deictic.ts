// A summary sentence's "today", "this morning" or "yesterday" is its writer's day, not the reader's:
// a summary of articles of several days (or read a day later) told "Crews are damping down the remains
// … this morning" with no day. Told with the day it names: "on the morning of Sunday, December 6".
import { capitalise, MONTH_NAMES, WEEKDAY_NAMES } from '../../text/calendar.ts';
import { parseIsoDay, partsOf, weekdayOf } from '../../text/dates/days.ts';
import { publishedShown } from '../../text/dates/published.ts';
import { quotedRegions } from '../../text/quotes/regions.ts';

// "today", "tonight", "yesterday", "tomorrow", alone or with a part of the day, and "this morning"
// (…afternoon, evening); a possessive ("today's") is left as written
const DEICTIC_WORDS =
  /\b(today|tonight|yesterday|tomorrow|this)(?:\s+(morning|afternoon|evening|night))?\b(?!['’]s\b)/gi;
// a preposition before the word takes the day with no "on" ("until Sunday, December 6")
const PREPOSITION_BEFORE = /\b(?:until|till|since|from|by|before|after|of|for|as of|through)\s+$/i;
// a count before it is the count as of that day ("fell from 210 to 112 today")
const COUNT_BEFORE = /\d\s+$/;
const OFFSET: Readonly<Record<string, number>> = { yesterday: -1, tomorrow: 1 };

// "Sunday, December 6" of a day number
const dayName = (day: number): string => {
  const { month, date } = partsOf(day);
  const weekday = WEEKDAY_NAMES[weekdayOf(day)] ?? '';
  return `${capitalise(weekday)}, ${capitalise(MONTH_NAMES[month - 1] ?? '')} ${date}`;
};

/**
 * The sentence with each deictic day word outside its quotation marks told as the day it names, read
 * from the writer's day of `publishedAt` ("today" -> "on Sunday, December 6", "yesterday evening" ->
 * "on the evening of Saturday, December 5", "Today, …" -> "On Sunday, December 6, …"); as it is when
 * the article gives no day of publication. "this" alone and the words a quotation holds are left.
 * @example
 * datedDeictics('Crews worked this morning.', '2026-12-06T07:00:00Z') // 'Crews worked on the morning of Sunday, December 6.'
 */
export function datedDeictics(text: string, publishedAt: string | null | undefined): string {
  const written = parseIsoDay(publishedShown(publishedAt) ?? '');
  if (written === null) return text;
  const quoted = quotedRegions(text, [{ start: 0, end: text.length }]);
  return text.replace(DEICTIC_WORDS, (whole: string, word: string, part: string | undefined, at: number) => {
    const lower = word.toLowerCase();
    if (lower === 'this' && !part) return whole;
    if (quoted.some((q) => at >= q.start && at < q.end)) return whole;
    const named = dayName(written + (OFFSET[lower] ?? 0));
    const time = lower === 'tonight' ? 'night' : part?.toLowerCase();
    const day = time ? `the ${time} of ${named}` : named;
    const before = text.slice(0, at);
    const told = PREPOSITION_BEFORE.test(before)
      ? day
      : COUNT_BEFORE.test(before)
        ? `as of ${day}`
        : `on ${day}`;
    return word[0] === word[0]?.toUpperCase() && at === 0 ? capitalise(told) : told;
  });
}
