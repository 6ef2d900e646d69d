/**
 * The report audit's own reading of the numbers and dates a sentence writes (issue 10: "every number
 * and date of an agreeing claim or summary sentence appears, in any written form, in every cited
 * supporter's evidence"). Deliberately simpler than the support judge's reading, so that the audit
 * checks the judge rather than repeating it: numbers by value (digits, number words, scale words:
 * "12" = "twelve" = "a dozen", "$1.5 million" = "1,500,000"), dates by the day or period they name,
 * resolved against each article's own date (src/text/dates), so that "Tuesday" is held by the date
 * of that Tuesday.
 */
import { NUMBER_WORDS, SCALES } from '../../src/text/data/numbers.ts';
import { type DateMention, findDateMentions } from '../../src/text/dates/mentions.ts';
import { resolveDate, spanOf } from '../../src/text/dates/resolve.ts';

/** A number or a date a sentence writes, as the audit compares it. */
export interface Written {
  readonly kind: 'number' | 'date';
  /** As written, for the audit's lines. */
  readonly text: string;
  /** A number's value; for a date, its first day (or null when it cannot be resolved). */
  readonly value: number | null;
  /** A date's last day (its period's), or null. */
  readonly last: number | null;
  /** A date as told, for a comparison without a reference day (e.g. `weekday:2`, `day:12-27`). */
  readonly told: string | null;
  /** A date's weekday as told ("Tuesday", "Tuesday, Dec. 16"), or null. */
  readonly weekday: number | null;
}

// Loose counts ("dozens", "thousands") and "one" (a pronoun as often as a count) are no figures here.
const SKIPPED_WORDS = new Set(['one', 'zero', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);
// a number (thousands may be set apart by ", ", as some feeds break them: "15, 000"), a clock time
// ("4 p.m." = "4:00 p.m."), or a word
const TOKEN =
  /[$€£]?\d{1,3}(?:, ?\d{3})+(?:\.\d+)?%?|[$€£]?\d+(?:\.\d+)?(?:: ?\d\d)?(?:\s*[ap]\.?m\b\.?)?%?|[A-Za-z]+(?:-[A-Za-z]+)*/g;

/** The numbers a text writes, by value, with the spans of its dates left out. */
export function writtenNumbers(
  text: string,
  dates: readonly DateMention[] = findDateMentions(text),
): Written[] {
  const tokens = [...text.matchAll(TOKEN)].filter(
    (m) => !dates.some((d) => m.index < d.end && m.index + m[0].length > d.start),
  );
  const out: Written[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as RegExpExecArray)[0];
    let value = tokenValue(word);
    if (value === null) continue;
    const start = (tokens[i] as RegExpExecArray).index;
    let j = i + 1;
    // "two hundred", "1.5 million", "a dozen" read as one value
    for (; j < tokens.length; j++) {
      const next = (tokens[j] as RegExpExecArray)[0].toLowerCase();
      const scale = next === 'hundred' ? 100 : SCALES[next];
      if (scale === undefined) break;
      value *= scale;
    }
    if (j === i + 1 && SKIPPED_WORDS.has(word.toLowerCase())) continue;
    const last = tokens[j - 1] as RegExpExecArray;
    out.push({
      kind: 'number',
      text: text.slice(start, last.index + last[0].length),
      value,
      last: null,
      told: null,
      weekday: null,
    });
    i = j - 1;
  }
  return out;
}

// A token's value: digits (commas, a currency sign or a percent left aside) or a number word, also
// hyphenated ("twenty-five"); a clock time ("10:30") by its minutes of the day.
function tokenValue(word: string): number | null {
  if (/\d/.test(word)) {
    const clock = /^(\d+)(?:: ?(\d\d))?\s*([ap])\.?m/i.exec(word) ?? /^(\d+): ?(\d\d)/.exec(word);
    if (clock) return (Number(clock[1]) % 12) * 60 + Number(clock[2] ?? 0) + (clock[3] === 'p' ? 720 : 0);
    const n = Number(word.replace(/[$€£,% ]/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  const parts = word.toLowerCase().split('-');
  if (!parts.every((p) => NUMBER_WORDS[p] !== undefined)) return null;
  return parts.reduce((sum, p) => sum + (NUMBER_WORDS[p] as number), 0);
}

// A date right after a verb of saying dates the saying, not the claim ("said last week that …"):
// the outlet's, which a supporter need not repeat (as the support judge reads it too).
const SAYING_BEFORE = /\b(?:said|says|told|announced|reported|stated|confirmed|wrote)\s+(?:on\s+)?$/i;
const SAYING_AFTER = /^\s+(?:said|says|told|announced|reported|stated|confirmed|wrote)\b/i;

/** The dates a text writes, each resolved against `reference` (a day number, or null). */
export function writtenDates(text: string, reference: number | null): Written[] {
  const told = findDateMentions(text).filter(
    (m) =>
      !SAYING_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) &&
      !SAYING_AFTER.test(text.slice(m.end)),
  );
  return told.map((m) => {
    const resolved = resolveDate(m, reference);
    const [first, last] = resolved ? spanOf(resolved) : [null, null];
    const v = m.value;
    const weekday = v.kind === 'weekday' || v.kind === 'day' ? v.weekday : null;
    return { kind: 'date', text: m.text, value: first, last, told: toldOf(m), weekday };
  });
}

function toldOf(m: DateMention): string {
  const v = m.value;
  if (v.kind === 'day') return `day:${v.year ?? ''}-${v.month}-${v.day}`;
  if (v.kind === 'month') return `month:${v.year ?? ''}-${v.month}`;
  if (v.kind === 'weekday') return `weekday:${v.weekday}`;
  if (v.kind === 'year') return `year:${v.year}`;
  if (v.kind === 'period') return `period:${v.unit}:${v.shift}`;
  return `offset:${v.unit}:${v.amount}`;
}

/** Whether the evidence holds one number or date of the claim; `unknown` when a date cannot be told. */
export function holds(item: Written, evidence: readonly Written[]): 'yes' | 'no' | 'unknown' {
  if (item.kind === 'number')
    return evidence.some((e) => e.kind === 'number' && e.value === item.value) ? 'yes' : 'no';
  const dates = evidence.filter((e) => e.kind === 'date');
  const { value: first, last } = item;
  // held by a date inside the claim's day or period ("March 3" holds "in March", not the reverse)
  if (
    first !== null &&
    last !== null &&
    dates.some((e) => e.value !== null && e.last !== null && e.value >= first && e.last <= last)
  )
    return 'yes';
  // by the words: the same date told (a span of time counted back or ahead only where a side has no
  // day to count from), or a day of the weekday told
  const unresolved = (e: Written) => first === null || e.value === null;
  const relative = /^(?:offset|period)/.test(item.told ?? '');
  if (dates.some((e) => (e.told === item.told && (!relative || unresolved(e))) || sameWeekday(item, e)))
    return 'yes';
  if (first === null) return dates.length ? 'unknown' : 'no';
  return dates.some((e) => e.value === null) ? 'unknown' : 'no';
}

// "Tuesday" and "Tuesday, Dec. 16": a weekday told, and a day told with that weekday.
const sameWeekday = (a: Written, b: Written): boolean => a.weekday !== null && a.weekday === b.weekday;

/** Everything a sentence writes: its numbers, then its dates. */
export function writtenIn(text: string, reference: number | null): Written[] {
  return [...writtenNumbers(text), ...writtenDates(text, reference)];
}
