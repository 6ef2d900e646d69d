// An event's signature from the lead: what it did (a trigger word, a main verb of the headline or
// first sentence) and when (the article's day, a day its headline and lead name, or a weekday they
// name). Two pieces of one event told by other outlets share both more often than look-alike events
// of one beat, which share the verb but happened on other days: the story merge reads it as a join
// signal only when both agree in one pair of articles (`someSameEvent`).
import type { Entry } from './grouper-types.ts';
import { SAME_DAY_GAP, SIGNATURE_SPAN_DAYS } from './patterns.ts';

/** The part of an article its event signature is read from. */
export type Signed = Pick<Entry, 'day' | 'particulars'>;

type Span = readonly [number, number];

// The article's own day and the named dates of its headline and lead no longer than a month ("in
// 2010" places no event on a day).
function spansOf(a: Signed): Span[] {
  const spans: Span[] = (a.particulars?.times ?? []).filter(
    ([first, last]) => last - first < SIGNATURE_SPAN_DAYS,
  );
  if (a.day !== null) spans.push([a.day, a.day]);
  return spans;
}

const shareOne = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/**
 * True when two articles share a trigger word and a time: a day or named date of one lies within
 * `SAME_DAY_GAP` days of one of the other's, or, when neither has a day or named date, both name
 * one weekday.
 * @example
 * sameEventSignature(
 *   { day: 100, particulars: { triggers: ['strike'], when: [] } },
 *   { day: 101, particulars: { triggers: ['strike', 'walk'], when: [] } },
 * ) // true
 */
export function sameEventSignature(a: Signed, b: Signed): boolean {
  if (!a.particulars || !b.particulars) return false;
  if (!shareOne(a.particulars.triggers, b.particulars.triggers)) return false;
  const [one, other] = [spansOf(a), spansOf(b)];
  if (!one.length && !other.length) {
    const weekdays = a.particulars.when.filter((w) => w.startsWith('w:'));
    return shareOne(weekdays, b.particulars.when);
  }
  return one.some(([f1, l1]) => other.some(([f2, l2]) => f1 <= l2 + SAME_DAY_GAP && f2 <= l1 + SAME_DAY_GAP));
}

/** True when some article of `own` and some of `theirs` have the same event signature (`sameEventSignature`). */
export function someSameEvent(own: readonly Signed[], theirs: readonly Signed[]): boolean {
  return own.some((a) => theirs.some((b) => sameEventSignature(a, b)));
}
