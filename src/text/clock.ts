// Times of day as a tokeniser may have spaced them ("2: 09 a. m."): one reading for the extract
// stage's figures and the support judge's, so that neither takes a clock time for a quantity.

import { CLOCK_HOURS_BEFORE } from './data/numbers.ts';
import { CLOCK_HOURS_RE, CLOCK_RE, FOUR_DIGIT_CLOCK_RE } from './patterns.ts';

/** What reading a clock time needs of a token. */
interface ClockToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly norm: string;
}

/**
 * The index after a clock word at k ("a.m.", "p.m.", "o'clock", "GMT", "local time" …), also "a. m." spaced
 * into two tokens as ECB+ has it; else -1.
 * @example
 * clockWordEnd(tokensOf('at 7 a. m. on Monday'), 2) // 4
 */
export function clockWordEnd(tokens: readonly ClockToken[], k: number): number {
  const t = tokens[k];
  if (t && CLOCK_RE.test(t.text)) return k + 1;
  if (t?.norm === 'local' && tokens[k + 1]?.norm === 'time') return k + 2;
  // "12 noon", "12 midnight": the hour named twice
  if ((t?.norm === 'noon' || t?.norm === 'midnight') && tokens[k - 1]?.text === '12') return k + 1;
  return t && /^[ap]\.$/i.test(t.text) && tokens[k + 1]?.norm === 'm.' ? k + 2 : -1;
}

/**
 * The index after a time of day whose colon a tokeniser spaced from its minutes ("2: 09", "14: 30",
 * with its clock word if any) starting at i: hours of at most 24, the colon stuck to them, two-digit
 * minutes under 60; else -1.
 * @example
 * spacedClockEnd(tokensOf('at 2: 09 a. m.'), 1) // 6
 */
export function spacedClockEnd(tokens: readonly ClockToken[], i: number): number {
  const [hours, colon, minutes] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!hours || !/^\d{1,2}$/.test(hours.text) || Number(hours.text) > 24) return dottedClockEnd(tokens, i);
  if (colon?.text !== ':' || colon.start !== hours.end || !minutes || !/^[0-5]\d$/.test(minutes.text))
    return dottedClockEnd(tokens, i);
  const clock = clockWordEnd(tokens, i + 3);
  return clock < 0 ? i + 3 : clock;
}

const DOTTED_CLOCK = /^(\d{1,2})[.:]([0-5]\d)([ap]\.?m\.?)?$/i;

/**
 * The index after a time of day told with a point ("4.30pm", "4. 30am", "9. 05 BST", which a
 * tokeniser splits as "4.3" "0pm" or "4" "." "3" "0am"): hours of at most 24, two-digit minutes, and
 * "am" or "pm" stuck to them or a clock word after, without which "4. 30" is a decimal; else -1.
 */
function dottedClockEnd(tokens: readonly ClockToken[], i: number): number {
  let text = '';
  let best = -1;
  for (let j = i; j < i + 5 && tokens[j]; j++) {
    const t = tokens[j] as ClockToken;
    // the pieces are stuck together, but for one space after the point
    if (j > i && t.start - (tokens[j - 1] as ClockToken).end > (text.endsWith('.') ? 1 : 0)) break;
    text += t.text;
    const m = DOTTED_CLOCK.exec(text);
    if (!m || Number(m[1]) > 24) continue;
    best = m[3] ? j + 1 : Math.max(best, clockWordEnd(tokens, j + 1));
  }
  return best;
}

/**
 * The index after a time of day told in four digits, 24-hour, at i ("1100 hrs", "0930 hours", "at
 * 1400 hours", "1630 IST", "0800 local time", "1353 (1023 GMT)"): before a clock word or a bracketed
 * time of day (the same time in another zone), or before "hrs" or "hours" when it has a leading zero
 * or follows a word of time ("at", "by", "until" …), and no "of" follows ("1100 hours of work" is a
 * length of time, and so is "logged 1200 hrs"); else -1.
 * @example
 * fourDigitClockEnd(tokensOf('left at 1100 hrs'), 2) // 4
 */
export function fourDigitClockEnd(tokens: readonly ClockToken[], i: number): number {
  const [t, next] = [tokens[i], tokens[i + 1]];
  if (!t || !next || !FOUR_DIGIT_CLOCK_RE.test(t.text)) return -1;
  const clock = clockWordEnd(tokens, i + 1);
  if (clock >= 0) return clock;
  if (next.text === '(' && bracketedClock(tokens, i + 2)) return i + 1;
  if (!CLOCK_HOURS_RE.test(next.text) || tokens[i + 2]?.norm === 'of') return -1;
  // "logged 1200 hrs" is a length of time as "logged 1200 hours" is: "hrs" is no clock word by itself
  return t.text.startsWith('0') || CLOCK_HOURS_BEFORE.has(tokens[i - 1]?.norm ?? '') ? i + 2 : -1;
}

/** Hours and minutes in one token, a time of day with or without a clock word after it ("17:06", "9:25"). */
const ONE_TOKEN_CLOCK = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;

/**
 * Whether a time of day starts at i: in one token ("17:06"), or as a bracket's first token is read
 * ("2: 09", "4.30pm", "11 am", "1336 GMT", "0930 hours").
 * @example
 * clockAt(tokensOf('at 11 am'), 1) // true
 */
export function clockAt(tokens: readonly ClockToken[], i: number): boolean {
  return ONE_TOKEN_CLOCK.test(tokens[i]?.text ?? '') || bracketedClock(tokens, i);
}

/** An hour, with its minutes if a point or a colon joins them ("10", "10.23", "10:23"). */
const HOUR = /^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$/;

// Whether a time of day opens the bracket at i ("(1023 GMT)", "(10:23 GMT)", "(10 a.m.)", "(0823 local
// time)"): the bracket's first token is the time, so "(I am told)" or "(as ET reported)", a word before
// a token that reads as a clock word, is none.
function bracketedClock(tokens: readonly ClockToken[], i: number): boolean {
  if (spacedClockEnd(tokens, i) >= 0 || fourDigitClockEnd(tokens, i) >= 0) return true;
  return HOUR.test(tokens[i]?.text ?? '') && clockWordEnd(tokens, i + 1) >= 0;
}

// Words that name an hour of the day and no event: "after midnight", "after dark on Sunday".
const HOURS_OF_DAY: ReadonlySet<string> = new Set(
  'midnight noon midday dawn dusk dark daybreak nightfall sunrise sunset'.split(' '),
);

/**
 * Whether token k is a word of a time of day, not of an event: a clock time or its clock word ("10
 * p.m.", "17:06", "p. m." spaced) or a word of the day's hours ("midnight", "dark").
 * @example
 * timeOfDayAt(tokensOf('after 10 p.m. on Sunday'), 2) // true
 */
export function timeOfDayAt(tokens: readonly ClockToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (HOURS_OF_DAY.has(t.norm) || clockWordEnd(tokens, k) >= 0 || clockAt(tokens, k)) return true;
  return t.norm === 'm.' && /^[ap]\.$/i.test(tokens[k - 1]?.text ?? '');
}

// A 12-hour time of day in running text: hours, minutes after a colon or dot if any, then a.m. or p.m.
// in any spacing or case ("6:41pm", "6 p.m.", "11.30 A.M.", "6: 00 p. m." as a tokeniser spaced it).
const TWELVE_HOUR = /\b(1[0-2]|0?[1-9])(?:[:.]\s?([0-5]\d))?\s*([ap])\.?\s?m\b\.?/gi;

/**
 * A text with its 12-hour times of day written as 24-hour ones ("6:41pm" -> "18:41", "6 p.m." ->
 * "18:00", "12 a.m." -> "00:00"), so that two wordings of one time compare alike.
 * @example
 * twentyFourHour('passed away at 6:41pm PST') // 'passed away at 18:41 PST'
 */
export function twentyFourHour(text: string): string {
  return text.replace(TWELVE_HOUR, (_, h: string, m: string | undefined, half: string) => {
    const hours = (Number(h) % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    return `${String(hours).padStart(2, '0')}:${m ?? '00'}`;
  });
}

// Words that name one hour: noon and midnight (not dawn or dusk, whose hour moves).
const NAMED_HOURS: Readonly<Record<string, number>> = { noon: 12 * 60, midday: 12 * 60, midnight: 0 };

/**
 * The times of day a text tells by the 12-hour clock ("9. 25 am", "6 p.m.") or by noon or midnight, in
 * minutes after midnight; a bare "2:10" may be a score, and is none.
 * @example
 * minutesOfDay('seen at 9. 25 am; boarded around noon') // [565, 720]
 */
export function minutesOfDay(text: string): number[] {
  return clockTimes(text).map((t) => t.minute);
}

/**
 * The times of day of `minutesOfDay`, each with where it starts in `text` (the 12-hour ones first).
 * @example
 * clockTimes('voted at 7 p.m. after a 9 a.m. meeting') // [{ minute: 1140, index: 9 }, { minute: 540, index: 24 }]
 */
export function clockTimes(text: string): { minute: number; index: number }[] {
  const out = [...text.matchAll(TWELVE_HOUR)].map((m) => ({
    minute: ((Number(m[1]) % 12) + (m[3]?.toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(m[2] ?? 0),
    index: m.index,
  }));
  for (const m of text.matchAll(/\b(noon|midday|midnight)\b/gi))
    out.push({ minute: NAMED_HOURS[(m[1] as string).toLowerCase()] as number, index: m.index });
  return out;
}
