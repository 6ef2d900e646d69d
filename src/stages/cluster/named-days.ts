// The weekdays and months a headline or first sentence names, as keys the grouping compares: a weekday
// of a dated article carries the day it names ("on Tuesday" in a 25 November report: 24 November), so
// that two reports a week apart, one "on Monday" and one "on Tuesday", are read as other days; by their
// names alone the two weekdays agree (coverage the day after), and one outlet's two reports of a
// story's first and later events, alike in its house words, joined as one story of their own.
import type { Token } from '../../model/index.ts';
import { isMonthName, isWeekdayName, WEEKDAY_NAMES } from '../../text/calendar.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import { resolveDate } from '../../text/dates/resolve.ts';

// The days each weekday named in `text` resolves to against the article's day (none when undated).
function weekdayDays(text: string, day: number | null): Map<string, number[]> {
  const days = new Map<string, number[]>();
  if (day === null) return days;
  for (const mention of findDateMentions(text)) {
    if (mention.value.kind !== 'weekday') continue;
    const resolved = resolveDate(mention, day);
    const name = WEEKDAY_NAMES[mention.value.weekday];
    if (!resolved || !name) continue;
    days.set(name, [...(days.get(name) ?? []), resolved.day]);
  }
  return days;
}

/**
 * The named-day keys of `tokens` (a headline's or a sentence's, `text` their words as written):
 * weekdays `w:monday`, or `w:monday@20408` with the day they name when the article's `day` is known,
 * and months `m:june`; as written, capitalised ("may" the verb is no month).
 * @example
 * namedDayKeys(tokens, 'Talks resume on Monday', dayOf(2026, 11, 18)) // ['w:monday@20407']
 */
export function namedDayKeys(tokens: readonly Token[], text: string, day: number | null): string[] {
  const days = weekdayDays(text, day);
  return tokens.flatMap((t) => {
    if (!/^\p{Lu}/u.test(t.text)) return [];
    const word = t.text.toLowerCase();
    if (isMonthName(word)) return [`m:${word}`];
    if (!isWeekdayName(word)) return [];
    const named = days.get(word) ?? [];
    return named.length ? named.map((d) => `w:${word}@${d}`) : [`w:${word}`];
  });
}

/** The weekday or month a named-day key names, without its day ('monday' of `w:monday@20408`). */
export const namedDayWord = (key: string): string => key.slice(2).split('@')[0] as string;

/**
 * Whether two named-day keys agree: the same, or weekdays one apart by name (coverage the day after),
 * unless both carry the days they name and those are more than a day apart (a Monday's event and the
 * next week's Tuesday: one apart by name only). The days only part names that agree by accident: two
 * keys of the same weekday agree whatever their days (a story that runs a week names "from Monday"
 * of the next week beside its first Monday's report).
 */
export function namedDaysAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.startsWith('w:') || !b.startsWith('w:')) return false;
  const d = Math.abs(WEEKDAY_NAMES.indexOf(namedDayWord(a)) - WEEKDAY_NAMES.indexOf(namedDayWord(b)));
  if (d === 0) return true;
  if (d !== 1 && d !== WEEKDAY_NAMES.length - 1) return false;
  const [, dayA] = a.split('@');
  const [, dayB] = b.split('@');
  return dayA === undefined || dayB === undefined || Math.abs(Number(dayA) - Number(dayB)) <= 1;
}

/** Named-day keys without the days they name, each once (`w:monday` of `w:monday@20408`): for a grouping that ignores dates. */
export const undatedKeys = (keys: readonly string[]): string[] => [
  ...new Set(keys.map((k) => k.split('@')[0] as string)),
];
