import type { SegmentedArticle } from '../../model/index.ts';
import { dayOf, partsOf } from '../../text/dates/days.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { type ResolvedDate, resolveDate } from '../../text/dates/resolve.ts';

/** Whether a date expression is a day without a year of its own ("tallied on January 23", "the Feb. 22 date"). */
export const yearlessDay = (m: Pick<DateMention, 'value'>): boolean =>
  m.value.kind === 'day' && m.value.year === null && m.value.yearShift === undefined;

// The years a date expression states itself: "2009", "February 2009", "March 2, 2014".
function statedYear(m: Pick<DateMention, 'value'>): number | null {
  const v = m.value;
  return v.kind === 'year' || ((v.kind === 'day' || v.kind === 'month') && v.year !== null) ? v.year : null;
}

/** The years each paragraph of an article states, by sentence index (a heading's too: it is one paragraph). */
export function paragraphYears(
  doc: SegmentedArticle,
  mentionsOf: (sentenceIndex: number) => readonly DateMention[],
): (sentenceIndex: number) => ReadonlySet<number> {
  const byParagraph = new Map<number, Set<number>>();
  doc.sentences.forEach((s, k) => {
    const years = byParagraph.get(s.paragraph) ?? new Set<number>();
    for (const m of mentionsOf(k)) {
      const y = statedYear(m);
      if (y !== null) years.add(y);
    }
    byParagraph.set(s.paragraph, years);
  });
  const none: ReadonlySet<number> = new Set();
  return (k) => byParagraph.get(doc.sentences[k]?.paragraph ?? -1) ?? none;
}

/** What backs the year of a day without one in an undated article: the story's dates. */
export interface YearBacking {
  /** Days of writing of the story's dated articles (a publication date, a dateline). */
  readonly knownDays: readonly number[];
  /** Days the story's articles state with their year ("Sunday, February 22, 2009"). */
  readonly fullDays: ReadonlySet<number>;
}

/** The days a story's articles state with their year, from each article's date expressions. */
export function fullDaysOf(mentions: readonly (readonly (readonly DateMention[])[])[]): Set<number> {
  const days = new Set<number>();
  for (const m of mentions.flat(2)) {
    const v = m.value;
    const day = v.kind === 'day' && v.year !== null ? dayOf(v.year, v.month, v.day) : null;
    if (day !== null) days.add(day);
  }
  return days;
}

/**
 * Whether the year a day without one is read in (`day`, resolved against an undated article's guessed
 * day of writing) is backed: a year its paragraph states, the story stating that day with its year
 * ("on Feb. 22" beside "Sunday, February 22, 2009"), or the days of writing of the story's dated
 * articles all reading it in that year. A guess is a lower bound, often months before the writing
 * ("talks collapsed on June 30" in an article of December): the year of "the February 22 date" read
 * from it is the guess's, not the writer's.
 */
export function yearBacked(
  m: DateMention,
  day: number,
  years: ReadonlySet<number>,
  story: YearBacking,
): boolean {
  if (years.has(partsOf(day).year) || story.fullDays.has(day)) return true;
  return story.knownDays.length > 0 && story.knownDays.every((k) => resolveDate(m, k)?.day === day);
}

/**
 * The day the story states with its year for a day without one ("on Feb. 22" beside "Sunday, February
 * 22, 2009"), when it states one such day only; else null. Read where the article's day of writing does
 * not give that year (none, or a guess).
 */
export function storyDayOf(m: DateMention, story: YearBacking): ResolvedDate | null {
  const v = m.value;
  if (v.kind !== 'day' || !yearlessDay(m)) return null;
  const days = [...story.fullDays].filter((d) => {
    const p = partsOf(d);
    return p.month === v.month && p.date === v.day;
  });
  return days.length === 1 ? { day: days[0] as number, precision: 'day', relative: true } : null;
}
