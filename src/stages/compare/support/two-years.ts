import type { Token } from '../../../model/index.ts';
import { MONTH_NUMBERS } from '../../../text/calendar.ts';
import { parseIsoDay, partsOf } from '../../../text/dates/days.ts';
import { relativeYearsIn } from '../../../text/dates/relative-years.ts';
import { YEAR_RE } from '../../../text/patterns.ts';
import { perReading, type Reading } from './reading.ts';

/**
 * The two readings tell of two times: both name years and none in common; or one names years, and
 * the other, naming none, was written in a year it does not name (history told beside the news: "In
 * 2003 the quake killed 40" / "The quake killed 12" in an article of 2009, "killed 40 two years ago");
 * or neither names a year and their articles were written more than a year apart (two look-alike
 * events of one topic). An article with no stated day dates nothing. A year told as background (in
 * an aside between commas, a relative clause or a "since" phrase: "The bridge, opened in 1974,
 * carries 80,000 vehicles", "the worst since 1998") or as a bound ("Before 1997, he had served five
 * years in 1959") does not date the clause's own predicate.
 */
export function otherYears(a: Reading, b: Reading): boolean {
  const [ya, yb] = [yearsOf(a), yearsOf(b)];
  if (ya.length > 0 && yb.length > 0) return !ya.some((y) => yb.includes(y));
  const [da, db] = [writtenDayOf(a), writtenDayOf(b)];
  if (ya.length > 0 || yb.length > 0) {
    const [years, day] = ya.length > 0 ? [ya, db] : [yb, da];
    return day !== null && !years.includes(partsOf(day).year);
  }
  return da !== null && db !== null && Math.abs(da - db) > YEAR_DAYS;
}

/**
 * Whether one reading writes the year of what it tells and the other writes none (a weekday its
 * article dates is no year written): "In 2007, the gang escaped with 11m euros of jewellery" / "the men
 * grabbed jewellery worth two million euros". Two values of one thing need one time, and one told
 * of a named year may be history told beside the news.
 */
export function yearOnOneSide(a: Reading, b: Reading): boolean {
  return writesYear(a) !== writesYear(b);
}

// Whether a reading's sentence writes one of the years its dates name (not one its article's day gives
// a weekday: "dropped four bombs … Thursday").
const writesYear = (r: Reading): boolean =>
  yearsOf(r).some((y) => r.claim.tokens.some((t) => t.text === String(y)));

// Days in a year: articles written further apart than this, neither naming a year, tell two times.
const YEAR_DAYS = 366;

// The day a reading's sentence was written, as a day number (null: not stated).
const writtenDayOf = perReading((r: Reading): number | null =>
  r.written === null ? null : parseIsoDay(r.written),
);

// The years a reading's dates name, past those told only as background (read once per reading: a
// pair may ask four times), and those told from the day its sentence was written ("last year",
// "two years ago"), where stated.
const yearsOf = perReading((r: Reading): readonly number[] => {
  const aside = backgroundYears(r.claim.tokens);
  const named = r.dates.flatMap((d) => (d.year !== null && !aside.has(d.year) ? [d.year] : []));
  const day = writtenDayOf(r);
  return day === null ? named : [...named, ...relativeYearsIn(r.claim.text, day)];
});

// Words that open a relative clause, whose year tells of its noun ("the bridge, which opened in 1974");
// "that" after a verb opens what was said ("officials said that in 2019 …"), no relative clause.
const RELATIVE = new Set(['which', 'who', 'whose', 'that']);
// An aside that is only a time ("…, in 2019, killed 40", "…, on March 3, 2019, …") dates the predicate.
const TIME_PREPOSITIONS = new Set(['in', 'on', 'during', 'early', 'late', 'mid']);

// Whether tokens (from, to) hold only a time: a preposition of time, then month names, days and commas.
const onlyTime = (tokens: readonly Token[], from: number, to: number, year: number): boolean =>
  TIME_PREPOSITIONS.has(tokens[from + 1]?.norm ?? '') &&
  tokens
    .slice(from + 2, to)
    .every(
      (t, k) =>
        from + 2 + k === year ||
        TIME_PREPOSITIONS.has(t.norm) ||
        MONTH_NUMBERS[t.norm] !== undefined ||
        /^(?:\d{1,2}|,)$/.test(t.text),
    );
// How far before a year "since" may stand ("since 1998", "since early 1998", "since March 1998").
const SINCE_REACH = 3;
// Words that bound a time by a year instead of placing the event in it ("since 1998", "before 1997",
// "until 2010", "prior to 1997"): the year is the bound's, the predicate's own year is told elsewhere.
const BOUNDING = new Set(['since', 'before', 'until', 'prior']);

/**
 * The years a clause writes in digits only as background: inside an aside set off by commas on both
 * sides (past a date's own comma: "March 3, 2026,"), after a relative word in the same stretch
 * between commas, or within a few words after "since", "before", "until" or "prior to". A year also written elsewhere as the clause's own is not among them.
 */
function backgroundYears(tokens: readonly Token[]): ReadonlySet<number> {
  const [aside, own] = [new Set<number>(), new Set<number>()];
  tokens.forEach((t, i) => {
    if (!YEAR_RE.test(t.text)) return;
    let [left, right, relative, since] = [i - 1, i + 1, false, false];
    // "March 3, 2026,": the comma of a date is none of an aside
    if (tokens[left]?.text === ',' && /^\d{1,2}$/.test(tokens[left - 1]?.text ?? '')) left -= 2;
    for (; left >= 0 && tokens[left]?.text !== ','; left--) {
      const w = tokens[left]?.norm ?? '';
      if (RELATIVE.has(w) && !(w === 'that' && ['VERB', 'AUX'].includes(tokens[left - 1]?.pos ?? '')))
        relative = true;
      if (BOUNDING.has(w) && i - left <= SINCE_REACH) since = true;
    }
    while (right < tokens.length && tokens[right]?.text !== ',') right++;
    const between = left >= 0 && right < tokens.length && !onlyTime(tokens, left, right, i);
    (between || relative || since ? aside : own).add(Number(t.text));
  });
  for (const y of own) aside.delete(y);
  return aside;
}
