// A span of days counted from another event dates one of the two: "died on Thursday, nine days after
// a heart attack" dates the heart attack (Thursday's day less nine), "returned home two days after the
// river burst its banks" in a Wednesday report dates the flood (the Monday), and "two days after the
// March 3 vote" dates its own clause's event (March 5). One reader for every stage that asks which
// days a text's events fall on (cluster's particulars).
import type { DateMention } from './mentions.ts';
import { AMOUNT, amountOf, CLAUSE_BREAK, REPORTED_ON } from './patterns.ts';
import { resolveDate } from './resolve.ts';

/** "two days after", "a week before", "the day after" (not "days after", nor hours). Groups: amount, unit, side. */
const COUNTED = new RegExp(
  String.raw`\b(${AMOUNT}|the)\s+(day|night|week)s?\s+(after|before)\s+(?=[\p{L}\d])`,
  'dgiu',
);

/**
 * Words before a span that make it a length or a bound, no day: "for a week after", "up to three days
 * after", "at least two days after", "more than a week after", "over two weeks after".
 */
const NOT_A_DAY =
  /\b(?:for|within|to|until|till|than|about|some|nearly|almost|least|most|over|under|around|roughly)\s+$/i;

const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, night: 1, week: 7 };

/** What ends a sentence: a full stop, question or exclamation mark before a space, or a line break. */
const SENTENCE_END = /[.!?]["”’]?\s|\n/g;

/** A day a counted span gives: of the event it counts from (`other`) or of its own clause's event. */
export interface CountedDay {
  /** Where the span ("two days after") starts and ends in the text. */
  readonly start: number;
  readonly end: number;
  /** The day number it gives. */
  readonly day: number;
  /** True when the day is the event counted from ("after the flood"), false when its own clause's. */
  readonly other: boolean;
}

// The [start, end) of the sentence holding `at`.
function sentenceAround(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop <= at) start = stop;
    else {
      end = m.index + 1;
      break;
    }
  }
  return [start, end];
}

// Where the clause starting at `from` ends (the next clause break or `end`).
function clauseEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (CLAUSE_BREAK.test(text[i] as string)) return i;
  return end;
}

/**
 * The days spans counted from another event give in `text`: a date named inside the clause after the
 * span dates the event counted from, so the span gives its own clause's day ("two days after the
 * March 3 vote"); else the nearest other date of the sentence (not a saying's: "police said on
 * Tuesday"), or without any `reference` (the day of writing, for an event counted from before it),
 * dates the span's own clause, so it gives the day of the event counted from ("on
 * Monday, a day before the vote": the vote's day). Dates are `mentions` (findDateMentions of `text`),
 * resolved against `reference`; a span with no date to count from gives nothing.
 * @example
 * countedDays('She died on Thursday, nine days after a heart attack.', mentions, thursday)
 * // [{ start: 22, end: 43, day: thursday - 9, other: true }]
 */
export function countedDays(
  text: string,
  mentions: readonly DateMention[],
  reference: number | null,
): CountedDay[] {
  const out: CountedDay[] = [];
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(text); m; m = COUNTED.exec(text)) {
    const raw = (m[1] as string).toLowerCase();
    const unit = (m[2] as string).toLowerCase();
    // "the week before the vote" names a week, no day of it
    if (raw === 'the' && unit === 'week') continue;
    const span = amountOf(raw) * (UNIT_DAYS[unit] ?? 1);
    const sign = (m[3] as string).toLowerCase() === 'after' ? 1 : -1;
    const start = m.index;
    const end = m.index + m[0].length;
    if (NOT_A_DAY.test(text.slice(Math.max(0, start - 12), start))) continue;
    const [from, to] = sentenceAround(text, start);
    const dayOfMention = (d: DateMention) => {
      const r = resolveDate(d, reference);
      return r?.precision === 'day' ? r.day : null;
    };
    // a date of the counted-from event's own clause ("after the March 3 vote")
    const stop = clauseEnd(text, end, to);
    const inside = mentions.find((d) => d.start >= end && d.start < stop);
    if (inside) {
      const day = dayOfMention(inside);
      if (day !== null) out.push({ start, end, day: day + sign * span, other: false });
      continue;
    }
    // the nearest other date of the sentence dates the span's own clause, not one of a saying ("…,
    // police said on Tuesday"): with only such dates, no day
    const others = mentions.filter(
      (d) => d.start >= from && d.end <= to && (d.end <= start || d.start >= stop),
    );
    const near = others
      .filter((d) => !REPORTED_ON.test(text.slice(Math.max(0, d.start - 40), d.start)))
      .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
    if (!near && others.length > 0) continue;
    // else the day of writing dates it, when the event counted from is before it: a day after the
    // day of writing ("a week before the vote" with no date) is not known
    if (!near && sign < 0) continue;
    const anchor = near ? dayOfMention(near) : reference;
    if (anchor !== null) out.push({ start, end, day: anchor - sign * span, other: true });
  }
  return out;
}
