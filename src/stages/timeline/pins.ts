import type { DateMention } from '../../text/dates/mentions.ts';
import { resolveDate } from '../../text/dates/resolve.ts';
import { sameEvent, sharedWordIndex } from './words.ts';

/** A date expression with the content words of its sentence (reference.ts's PlacedMention). */
type PlacedMention = DateMention & { readonly words?: ReadonlySet<string> };

/** What pinning reads of an article: its id and its date expressions. */
interface DatedArticle {
  readonly id: string;
  readonly mentions: readonly PlacedMention[];
}

/** A day one article of the story gives an event, with the words of the sentence that tells it. */
export interface PinnedDay {
  readonly id: string;
  readonly day: number;
  readonly words?: ReadonlySet<string>;
}

/**
 * Whether a date expression is told from the day of writing: a weekday, "yesterday", "last month",
 * "three weeks ago", "next year's …". Resolved against a guessed day of writing, it is only as true as
 * the guess; a full date, a year, or a day or month without one (whose year the story's years give) is not.
 */
export function fromDayOfWriting(m: Pick<DateMention, 'value'>): boolean {
  const v = m.value;
  if (v.kind === 'weekday' || v.kind === 'period' || v.kind === 'offset') return true;
  if (v.kind === 'month') return v.year === null && (v.shift !== null || v.yearShift !== undefined);
  return v.kind === 'day' && v.year === null && v.yearShift !== undefined;
}

// An article's day-precise dates told from the day of writing and not ahead ("on Friday", "yesterday").
const relativeDays = (article: DatedArticle): PlacedMention[] =>
  article.mentions.filter(
    (m) => !m.future && (m.value.kind === 'weekday' || (m.value.kind === 'offset' && m.value.unit === 'day')),
  );

/** The days an article whose day of writing is known (`day`) gives its events told from that day. */
export function relativeDaysOf(article: DatedArticle, day: number): PinnedDay[] {
  return relativeDays(article).flatMap((m) => {
    const resolved = resolveDate(m, day);
    return resolved ? [{ id: article.id, day: resolved.day, ...(m.words ? { words: m.words } : {}) }] : [];
  });
}

/** One of an article's relative dates and the day another article gives the event its sentence tells. */
export interface Pin {
  readonly mention: PlacedMention;
  readonly day: number;
}

/**
 * A finder of pins: for an article, each of its relative dates ("on Wednesday") whose sentence tells the
 * event another article dates (a full date, or a relative date of an article whose day is known), with
 * that day. The other articles' days are listed (`pinned`) only when first needed.
 */
export function pinFinder(
  pinned: () => readonly PinnedDay[],
  options: { readonly minOverlap: number; readonly minShared: number },
): (article: DatedArticle) => Pin[] {
  let days: readonly PinnedDay[] | undefined;
  let index: ReturnType<typeof sharedWordIndex> | undefined;
  return (article) =>
    relativeDays(article).flatMap((m) => {
      const words = m.words;
      if (!words) return [];
      days ??= pinned();
      index ??= sharedWordIndex(days.map((s) => s.words));
      return index(words, options.minShared).flatMap((k) => {
        const s = days?.[k];
        return s &&
          s.id !== article.id &&
          s.words &&
          sameEvent(words, s.words, options.minOverlap, options.minShared)
          ? [{ mention: m, day: s.day }]
          : [];
      });
    });
}

/** How many of the pins fall on their day when the article is taken to be written on `day`. */
export const pinsHeld = (pins: readonly Pin[], day: number): number =>
  pins.filter((p) => resolveDate(p.mention, day)?.day === p.day).length;
