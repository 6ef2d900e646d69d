import { minutesOfDay } from '../../../text/clock.ts';
import { FEW_UNITS, VAGUE_QUANTITIES } from '../../../text/data/quantities.ts';
import { stem } from '../../../text/normalise.ts';
import { type ClaimFigure, sameQuantity } from '../../../text/quantities.ts';
import { COUNTRIES } from '../../extract/data/places.ts';
import {
  DISTANCE_UNITS,
  FURTHER_WORDS,
  INTERVAL_WORDS,
  OTHER_EVENT_WORDS,
  OTHER_TIME_WORDS,
  TOTAL_PHRASES,
} from '../data/running.ts';
import { boundsMeet } from './bounds.ts';
import { measureOf } from './measures.ts';
import { perReading, type Reading } from './reading.ts';

// "hundreds of", "dozens", "several", "a few": a size, not a value to set against another
const VAGUE = new Set([...VAGUE_QUANTITIES, ...FEW_UNITS].map((v) => v.phrase));

const vague = (f: ClaimFigure): boolean => f.qualifier !== null && VAGUE.has(f.qualifier);

// A length of time that spans two events ("nine days after the attack", "two years ago"), not how
// long one thing lasted ("hospitalized for four weeks").
function interval(f: ClaimFigure, r: Reading): boolean {
  if (f.unit !== 'days') return false;
  const next = r.claim.tokens.find((t) => t.start >= f.span.end);
  return next !== undefined && INTERVAL_WORDS[next.norm] === true;
}

// When a reading dates what it tells: each day, weekday, month or year it names (not when it was said).
const when = perReading((r: Reading): readonly string[] =>
  r.dates
    .filter((d) => !d.reported)
    .map(
      (d) => d.monthDay ?? d.weekday ?? (d.month ? `${d.month}/${d.year ?? ''}` : `${d.year ?? d.written}`),
    ),
);

/**
 * Each reading dates what it tells and no date of one is told by the other ("killed … on Sunday" /
 * "killing … in September"; "captured 23 … on Saturday" / "capturing 26 … on Friday"): two times,
 * whose counts may differ.
 */
export function otherTimes(a: Reading, b: Reading): boolean {
  const [wa, wb] = [when(a), when(b)];
  return wa.length > 0 && wb.length > 0 && !wa.some((w) => wb.includes(w));
}

// The times of day a reading tells, in minutes (text/clock.ts): read once per reading, not once per
// pair it is judged in (one-thing.ts asks it of every pair with figures on both sides).
const hoursOf = perReading((r: Reading): readonly number[] => minutesOfDay(r.claim.text));

// Two times of day further apart than this are two moments (a sighting at 9.25 a.m., a boarding at noon).
const HOURS_APART_MINUTES = 90;

/**
 * Each reading tells a time of day and none of one is within an hour and a half of one of the other
 * ("five boats were seen at 9.25 am" / "pirates on two boats had surrounded the ship around noon"): two
 * moments, whose counts may differ.
 */
export function otherHours(a: Reading, b: Reading): boolean {
  const [ha, hb] = [hoursOf(a), hoursOf(b)];
  return (
    ha.length > 0 && hb.length > 0 && !ha.some((x) => hb.some((y) => Math.abs(x - y) <= HOURS_APART_MINUTES))
  );
}

const has = (r: Reading, phrase: readonly string[]): boolean =>
  r.claim.tokens.some((_, i, ts) => phrase.every((w, k) => ts[i + k]?.norm === w));

// A total kept over several events ("has thus far confiscated a total of 14 rifles").
const total = (r: Reading): boolean => TOTAL_PHRASES.some((p) => has(r, p));

// Told as of another time ("as previously reported"), or of another event ("in a separate attack").
const otherTime = (r: Reading): boolean => r.claim.tokens.some((t) => OTHER_TIME_WORDS[t.norm] === true);
const otherEvent = (r: Reading): boolean => r.claim.tokens.some((t) => OTHER_EVENT_WORDS[t.norm] === true);

// The unit written onto a number or right after it ("16GB", "256 MB", "512MHz"), lower case, or null.
function suffixOf(f: ClaimFigure, r: Reading): string | null {
  const tokens = r.claim.tokens;
  const k = tokens.findIndex((x) => x.end > f.span.start && x.start < f.span.end && /\d/.test(x.text));
  const glued = /^[\d.,]+([a-z]+)$/i.exec(tokens[k]?.text ?? '')?.[1];
  const next = tokens[k + 1]?.text ?? '';
  const after = /^[A-Z][A-Za-z]?B$|^[kMG]?Hz$/.test(next) ? next : undefined;
  return k < 0 ? null : ((glued ?? after)?.toLowerCase() ?? null);
}

// What a distance is measured from ("two miles east of The Geysers" → geysers), or null.
function reference(f: ClaimFigure, r: Reading): string | null {
  const tokens = r.claim.tokens;
  const k = tokens.findIndex((t) => t.start >= f.span.end);
  if (k < 0 || !DISTANCE_UNITS[tokens[k]?.norm ?? '']) return null;
  for (let j = k + 1; j < k + 4; j++)
    if (tokens[j]?.norm === 'of' || tokens[j]?.norm === 'from') {
      const at = tokens.slice(j + 1, j + 4).find((t) => t.pos === 'PROPN');
      return at ? at.norm : null;
    }
  return null;
}

// The day of a date read as a number ("between May 1, 2005, and …"): no count.
const dayOfMonth = (f: ClaimFigure, r: Reading): boolean => {
  const before = r.claim.tokens.filter((t) => t.end <= f.span.start).at(-1);
  return before !== undefined && MONTH.test(before.norm);
};
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/;

// A further one ("another three-year sentence", "an additional 20 troops"), not the same one retold.
const further = (f: ClaimFigure, r: Reading): boolean => {
  const before = r.claim.tokens.filter((t) => t.end <= f.span.start).at(-1);
  return before !== undefined && FURTHER_WORDS[before.norm] === true;
};

// A whole count of things ("seven villages", "a quake") against a measure with a fraction ("a 6.1
// quake", "magnitude 5.6"): a count and a size.
const countAgainstSize = (f: ClaimFigure, g: ClaimFigure): boolean =>
  f.unit === null && f.counts !== null && Number.isInteger(f.value) && !Number.isInteger(g.value);

// Counts of two things named ("three boats" / "23 pirates"), unless one is of people in general
// ("212 people on board" / "240 passengers and crew") or both count one measure ("12 deaths" / "killed 20").
function countedApart(f: ClaimFigure, a: Reading, g: ClaimFigure, b: Reading): boolean {
  if (f.counts === null || g.counts === null || sameQuantity(f, g)) return false;
  if (f.counts === PEOPLE || g.counts === PEOPLE) return false;
  const m = measureOf(f, a);
  return m === null || m !== measureOf(g, b);
}
const PEOPLE = 'person';

// A country by its people's word ("american" -> United States), for what a figure counts.
const COUNTRY_OF_PEOPLE = new Map(COUNTRIES.flatMap((c) => c.demonyms.map((d) => [d.toLowerCase(), c.name])));

// The country whose people's word comes between a figure and what it counts, or null ("$60bn of
// American goods" -> United States, "$34 billion in Chinese goods" -> China).
function originOf(f: ClaimFigure, r: Reading): string | null {
  const tokens = r.claim.tokens;
  const at = tokens.findIndex((t) => t.start >= f.span.end);
  for (let k = at; k >= 0 && k < Math.min(at + 4, tokens.length); k++) {
    const country = COUNTRY_OF_PEOPLE.get(tokens[k]?.text.toLowerCase() ?? '');
    if (country) return country;
    if (stem(tokens[k]?.text ?? '') === f.counts) break;
  }
  return null;
}

/** Whether two figures count things of two countries ("$60bn of American goods" / "$34 billion in Chinese goods"). */
export function twoCountries(f: ClaimFigure, a: Reading, g: ClaimFigure, b: Reading): boolean {
  const [cf, cg] = [originOf(f, a), originOf(g, b)];
  return cf !== null && cg !== null && cf !== cg;
}

/**
 * Why two figures that seem to give one measure two values do not contradict, or null when nothing
 * keeps them apart: a vague size ("hundreds of people") is no value; counts of two things named
 * ("three boats" / "23 pirates"), or of two countries ("American goods" / "Chinese goods"); bounds that both hold; other units written onto the numbers; a total
 * of several events against one count; a further one; a whole count against a size; distances from
 * two places; one side told as of another time; a span between two events against a length of one;
 * or two times named apart.
 * @example
 * figuresApart(three boats in a, 23 pirates in b, …) // 'other things counted'
 */
export function figuresApart(f: ClaimFigure, a: Reading, g: ClaimFigure, b: Reading): string | null {
  if (vague(f) || vague(g)) return 'a vague size';
  if (dayOfMonth(f, a) || dayOfMonth(g, b)) return 'a day of a date';
  if (countedApart(f, a, g, b)) return 'other things counted';
  if (twoCountries(f, a, g, b)) return "two countries' things counted";
  if (boundsMeet(f, g)) return 'bounds that both hold';
  const [sf, sg] = [suffixOf(f, a), suffixOf(g, b)];
  if (sf !== null && sg !== null && sf !== sg) return 'other units';
  if (total(a) !== total(b)) return 'a total against one count';
  if (further(f, a) || further(g, b)) return 'a further one';
  if (countAgainstSize(f, g) || countAgainstSize(g, f)) return 'a count against a size';
  const [rf, rg] = [reference(f, a), reference(g, b)];
  if (rf !== null && rg !== null && rf !== rg) return 'distances from two places';
  if (otherTime(a) !== otherTime(b)) return 'another time';
  if (otherEvent(a) || otherEvent(b)) return 'another event';
  if (interval(f, a) !== interval(g, b)) return 'a span between two events';
  if (otherTimes(a, b)) return 'other times';
  return null;
}

// Weekdays and months: a shared one is no shared participant.
const DATE_NAME =
  /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

// The words of a reading's names that are no day or month (read once per reading).
const anchorNames = perReading((r: Reading): readonly string[] =>
  [...r.nameWords].filter((w) => !DATE_NAME.test(w)),
);

/**
 * Whether two readings share something that makes them one event, beyond the measure they give: a
 * word of a name ("Eastbank", "Okafor"), or a day, month or year told on both sides. Sentences of one
 * topic with nothing of the kind ("Bush missed eight games" / "He missed four games") are as often
 * two events of one kind (another season, another quake) as one told twice.
 */
export function sharedAnchor(a: Reading, b: Reading): boolean {
  if (anchorNames(a).some((w) => b.nameWords.has(w))) return true;
  const wb = when(b);
  return when(a).some((w) => wb.includes(w));
}

/**
 * Whether two readings give one count of one thing alike, of three or more ("13 boxes of shells" on
 * both sides): two lists of one haul, whatever else differs.
 */
export function sharedCount(a: Reading, b: Reading): boolean {
  return a.claim.figures.some(
    (f) =>
      f.value >= 3 &&
      f.counts !== null &&
      b.claim.figures.some((g) => g.value === f.value && g.unit === f.unit && g.counts === f.counts),
  );
}
