import { dict } from '../../../text/data/dict.ts';

/**
 * Words of a tally kept over time ("a record of 9-14", "is 284-286 lifetime", "a 162-139 career
 * mark"): a running total, whose two values are as often of two days as two tellings of one.
 */
export const RUNNING_TALLY_WORDS: Readonly<Record<string, true>> = dict({
  record: true,
  records: true,
  lifetime: true,
  career: true,
  mark: true,
});

/**
 * Words right after a length of time that make it the span between two events ("nine days after the
 * heart attack", "two years ago", "a week earlier"; not "for four weeks before her death"), not how long one thing lasted.
 */
export const INTERVAL_WORDS: Readonly<Record<string, true>> = dict({
  after: true,
  earlier: true,
  later: true,
  ago: true,
});

/**
 * Words of a count kept over time ("has, thus far, confiscated a total of 14 rifles", "so far"): a
 * total of several events, no other value of one event's count.
 */
export const TOTAL_PHRASES: readonly (readonly string[])[] = [
  ['so', 'far'],
  ['thus', 'far'],
  ['to', 'date'],
  ['in', 'all'],
  ['a', 'total', 'of'],
  ['in', 'total'],
  ['altogether'],
];

/** Words that set what a sentence tells at another time ("as previously reported", "the following week"). */
export const OTHER_TIME_WORDS: Readonly<Record<string, true>> = dict({
  previously: true,
  following: true,
});

/** Words that tell another event of the same kind ("in a separate attack"). */
export const OTHER_EVENT_WORDS: Readonly<Record<string, true>> = dict({
  separate: true,
  unrelated: true,
});

/** Words before a figure that make it one more ("another three-year sentence", "an additional 20"). */
export const FURTHER_WORDS: Readonly<Record<string, true>> = dict({
  another: true,
  additional: true,
  further: true,
});

/** Units of a distance, after which "of" or "from" names the place it is measured from. */
export const DISTANCE_UNITS: Readonly<Record<string, true>> = dict({
  mile: true,
  miles: true,
  kilometre: true,
  kilometres: true,
  kilometer: true,
  kilometers: true,
  km: true,
  metres: true,
  meters: true,
  yards: true,
  feet: true,
});
