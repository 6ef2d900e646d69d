import { stem } from '../../../text/normalise.ts';
import { ANNOUNCING_STEMS as ANNOUNCING } from '../data/announcing.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { DATE_CONTRADICT_MIN_COVER, SUPPORT_MIN_NAME_SHARE } from '../patterns.ts';
import { type ClaimDate, dayOfDate } from './dates.ts';
import { onePhrasedEvent } from './event-phrases.ts';
import { perReading, type Reading } from './reading.ts';
import { sameClass, sameMainPredicate } from './relations.ts';
import { differentDay } from './same-date.ts';

// Words that date an event to a day relative to the writing ("today", "last night"): another day
// beside a weekday, of which one cannot tell which event it dates.
const DAY_WORDS = /^(today|tonight|yesterday|tomorrow)$|(^| )(night|morning|evening|afternoon)$/;

/**
 * The first day a date may stand for: its day, or the day before for a day word ("today",
 * "yesterday"), read from the article's date, which a copy printed the next morning or a wire story
 * dated in another time zone puts a day late. Null when the day is not known.
 */
export function earliestDay(d: ClaimDate): number | null {
  const day = dayOfDate(d);
  return day !== null && DAY_WORDS.test(d.written) ? day - 1 : day;
}

// Two days that surely differ: a day word and a day a day apart may be one day (earliestDay).
function daysDiffer(a: ClaimDate, b: ClaimDate): boolean {
  if (!differentDay(a, b)) return false;
  if (!DAY_WORDS.test(a.written) && !DAY_WORDS.test(b.written)) return true;
  const [x, y] = [dayOfDate(a), dayOfDate(b)];
  return x === null || y === null || Math.abs(x - y) > 1;
}

// A date the event has, not the statement: a day (weekday, month and day, resolved word), or a year alone.
const isDay = (d: ClaimDate) => !d.reported && (d.monthDay !== null || d.weekday !== null);
const isYear = (d: ClaimDate) =>
  !d.reported &&
  !d.deictic &&
  d.monthDay === null &&
  !d.month &&
  d.weekday === null &&
  /^\d{4}$/.test(d.written);

// A month named without its day ("from March", "in April 2031"), of the event.
const isMonth = (d: ClaimDate) => !d.reported && !d.deictic && d.monthDay === null && Boolean(d.month);

// Whether two dates of a kind differ: days surely apart, years, or months of one year (or of a year
// one side leaves unsaid): "from March" / "from April".
function kindDiffers(kind: (d: ClaimDate) => boolean, a: ClaimDate, b: ClaimDate): boolean {
  if (kind === isDay) return daysDiffer(a, b);
  if (kind === isYear) return a.year !== b.year;
  return a.month !== b.month && (a.year === null || b.year === null || a.year === b.year);
}
const REASON = new Map([
  [isDay, 'another day'],
  [isYear, 'another year'],
  [isMonth, 'another month'],
]);

// The one date of a kind a reading tells, or null when it tells none or several (or another day
// by a word such as "today", which may date another part of the sentence).
function oneDate(r: Reading, kind: (d: ClaimDate) => boolean): ClaimDate | null {
  const found = r.dates.filter(kind);
  if (found.length !== 1) return null;
  const others = r.dates.filter((d) => d !== found[0] && (kind(d) || DAY_WORDS.test(d.written)));
  return others.length ? null : (found[0] as ClaimDate);
}

/** Another date told by one verb is a contradiction when the sentences share this much cover. */
export const TOLD_DATE_CONTRADICT_MIN_COVER = 0.2;

/** Another date of one event told in other words of one subject needs this much cover. */
export const PHRASED_DATE_CONTRADICT_MIN_COVER = 0.1;

/** Another day of one announcement is a contradiction when the sentences share this much cover. */
export const ANNOUNCED_DATE_MIN_COVER = 0.4;

// How many words after a date are searched for the verb it dates, and how many before it.
const DATED_VERB_REACH = 6;
const DATED_VERB_REACH_BEFORE = 12;

// A clause break: the verb of a date is not searched past it (quote marks are no break).
const BREAK = /^[,;:()]$/;

// The verb a date is of, as a stem, or null: the nearest before it in its clause (a date follows
// its verb phrase: "labeled Portland … “anarchist jurisdictions” by the Justice Department on
// Sunday", "divorced Neal in 1947 when she met"), else the nearest after it ("On Thursday, police
// arrested"); none when a form of "be" or "have" is its clause's verb ("was a draft choice in
// 1978"). Verbs of saying are passed over.
function datedVerb(d: ClaimDate, r: Reading, saying = false): string | null {
  const tokens = r.claim.tokens;
  const first = d.written.split(' ')[0] ?? '';
  const at = tokens.findIndex((t) => t.norm.replace(/\.$/, '') === first);
  if (at < 0) return null;
  const verb = (k: number) => {
    const t = tokens[k];
    return t?.pos === 'VERB' && (saying || !REPORTING_STEMS.has(stem(t.text))) ? stem(t.text) : null;
  };
  for (let k = at - 1; k >= Math.max(0, at - DATED_VERB_REACH_BEFORE); k--) {
    if (BREAK.test(tokens[k]?.text ?? '')) break;
    const v = verb(k);
    if (v) return v;
    // "was a draft choice of the 76ers in 1978 and played …": the date is of "was", not of a verb after
    if (tokens[k]?.pos === 'AUX') return null;
  }
  for (let k = at + 1; k <= at + DATED_VERB_REACH; k++) {
    const v = verb(k);
    if (v) return v;
  }
  return null;
}

// Weekday and month names are dates, not participants.
const DATE_NAME =
  /^(mon|tues|wednes|thurs|fri|satur|sun)day$|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

// A reading's name words past weekdays and months, read once per reading (the share is asked of
// most pairs judged, each way round).
const participantWords = perReading((r: Reading): readonly string[] =>
  [...r.nameWords].filter((w) => !DATE_NAME.test(w)),
);

/** The share of `a`'s name words (past weekdays and months) that `b` has. */
export function participantShare(a: Reading, b: Reading): number {
  const words = participantWords(a);
  if (!words.length) return 1;
  let shared = 0;
  for (const w of words) if (b.nameWords.has(w)) shared++;
  return shared / words.length;
}

/**
 * Whether each side tells one day, or one year alone, and the two differ: what dateContradiction
 * needs under the cover an announcement told on two days asks (0.8 of DATE_CONTRADICT_MIN_COVER).
 */
export const oneDateDiffers = (a: Reading, b: Reading): boolean =>
  [isDay, isYear, isMonth].some((kind) => {
    const [da, db] = [oneDate(a, kind), oneDate(b, kind)];
    return da !== null && db !== null && kindDiffers(kind, da, db);
  });

/**
 * Another date for one event: each sentence tells one day (or one year alone), they differ, in one
 * mood, and either the sentences share their main predicate and much of their terms, or the verb
 * each date is told by is one ("labeled … on Sunday" / "on Monday labeled"; "In 1969, he was
 * indicted" / "In 1970, he was indicted"). `about` is whether `b` tells `a`'s predicate of its names.
 */
export function dateContradiction(a: Reading, b: Reading, cover: number, about: boolean): string | null {
  if (a.modality !== b.modality) return null;
  for (const kind of [isDay, isYear, isMonth]) {
    const [da, db] = [oneDate(a, kind), oneDate(b, kind)];
    if (!da || !db || !kindDiffers(kind, da, db)) continue;
    // two years each framing a figure of its own side ("In 2010 the bridge carried 12,000 vehicles
    // per day" / "In 2024 … 15,000"): one measure told of two years, two facts
    if (kind === isYear && framesFigure(da, a) && framesFigure(db, b)) continue;
    const reason = REASON.get(kind) as string;
    // one verb dates both, or one event told in other words ("ran aground" / "struck rocks"), of
    // the same participants
    const [va, vb] = [datedVerb(da, a), datedVerb(db, b)];
    const phrased = va !== null && vb !== null && onePhrasedEvent(a, b, va, vb);
    const told = phrased || (va !== null && vb !== null && sameClass(va, vb));
    // a main predicate both share dates one event only when no two other verbs take the days ("the
    // clean-up has begun where the river flooded homes on Monday" / "residents began returning home
    // on Wednesday": the flood and the return)
    const apart = va !== null && vb !== null && !told;
    if (about && !apart && cover >= DATE_CONTRADICT_MIN_COVER && sameMainPredicate(a, b)) return reason;
    const same = Math.max(participantShare(a, b), participantShare(b, a)) >= SUPPORT_MIN_NAME_SHARE;
    // (a phrase of one class of one subject says more than one verb: less else need be shared)
    const least = phrased ? PHRASED_DATE_CONTRADICT_MIN_COVER : TOLD_DATE_CONTRADICT_MIN_COVER;
    if (told && same && cover >= least) return reason;
  }
  // one announcement of one thing, on two days ("announced on Tuesday that it has signed an
  // agreement to acquire EYP" / "HP Monday announced it has signed an agreement to acquire EYP"): an
  // announcement is made once, where a thing may be said again on another day
  const [da, db] = [oneDate(a, anyDay), oneDate(b, anyDay)];
  // (a day word, "today", is read from the day of writing, which may be a guess: a named day is needed)
  const named = (d: ClaimDate | null): d is ClaimDate => d !== null && !DAY_WORDS.test(d.written);
  if (!named(da) || !named(db) || !differentDay(da, db) || cover < DATE_CONTRADICT_MIN_COVER * 0.8)
    return null;
  const [va, vb] = [datedVerb(da, a, true), datedVerb(db, b, true)];
  const once = va !== null && va === vb && ANNOUNCING.has(va);
  return once && Math.min(participantShare(a, b), participantShare(b, a)) >= SUPPORT_MIN_NAME_SHARE
    ? 'another day'
    : null;
}

// Whether a year told is the time frame of one of the reading's figures ("in 2010 … 12,000 vehicles").
const framesFigure = (d: ClaimDate, r: Reading): boolean =>
  d.year !== null && r.claim.figures.some((f) => f.frame === `year:${d.year}`);

// A day, of the event or of the statement.
const anyDay = (d: ClaimDate) => d.monthDay !== null || d.weekday !== null;
