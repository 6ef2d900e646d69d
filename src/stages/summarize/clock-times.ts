import type { Token } from '../../model/index.ts';
import { fourDigitClockEnd, spacedClockEnd } from '../../text/clock.ts';
import type { Reading } from '../compare/support/index.ts';
import { perReading } from '../compare/support/reading.ts';

// A time of day in one token ("17:06", "9:25") or as the clock readers of text/clock.ts find it
// ("17: 06", "1336 GMT", "4. 30am"): its hours and minutes, "pm" added (and
// "12 am" midnight).
const TIME = /^(\d{1,2})[.:]?\s?([0-5]\d)(?:\s?([ap])\.?\s?m\.?)?/i;
const ONE_TOKEN = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;

/**
 * The times of day a run of tokens tells to the minute, as minutes after midnight ("at 17:06 hours
 * local time (13:36 GMT)": 1026 and 816; "at 5:06 pm (1336 GMT)" the same). A time on the hour ("11
 * a.m.", "1100 hrs") is left out: many events of a day share one, few share a minute.
 * @example
 * clockMinutes(sentence.tokens) // 'at 5:06 pm (1336 GMT)': [1026, 816]
 */
export function clockMinutes(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!/^\d/.test(t.text)) continue;
    const end = ONE_TOKEN.test(t.text)
      ? i + 1
      : Math.max(spacedClockEnd(tokens, i), fourDigitClockEnd(tokens, i));
    if (end < 0) continue;
    // the time with the "am" / "pm" that follows it, if any
    const run = tokens.slice(i, Math.min(end + 2, tokens.length));
    const text = run.map((r) => r.text).join('');
    const m = TIME.exec(text);
    if (!m) continue;
    let hours = Number(m[1]);
    const minutes = Number(m[2]);
    const half = m[3]?.toLowerCase();
    if (half === 'p' && hours < 12) hours += 12;
    // "12:06 am" is six minutes after midnight, not after noon
    if (half === 'a' && hours === 12) hours = 0;
    if (hours < 24 && minutes > 0) out.push(hours * 60 + minutes);
    i = Math.max(i, end - 1);
  }
  return out;
}

// each reading's times of day to the minute, read once
const minutesOf = perReading((r: Reading): readonly number[] => clockMinutes(r.claim.tokens));

/**
 * How many of `a`'s times of day to the minute `b` tells too ("logged the surge at 17:06 hours local
 * time (13:36 GMT)" / "hit the quay at 5:06 pm (1336 GMT)": 2), each counted once.
 */
export function sharedClockTimes(a: Reading, b: Reading): number {
  const inB = new Set(minutesOf(b));
  return new Set(minutesOf(a).filter((m) => inB.has(m))).size;
}
