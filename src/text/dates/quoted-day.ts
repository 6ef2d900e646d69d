// The day a quoted "today", "tonight" or "yesterday" is counted from: the speaker's day of saying,
// read once here for the timeline (which dates events by it) and the compare stage (which dates claims
// by it), so both date a speaker's words alike.
import type { SegmentedArticle, Span } from '../../model/index.ts';
import { quotedRegions } from '../quotes/regions.ts';
import { type QuoteWords, quoteWords, wordingOf } from '../quotes/wording.ts';
import type { DateMention } from './mentions.ts';
import { DEICTIC, REPORTED_ON } from './patterns.ts';
import { resolveDate } from './resolve.ts';

// Per article: its quoted regions (the shared reader), read once.
const REGIONS = new WeakMap<SegmentedArticle, Span[]>();

/** An article's quoted regions (`quotedRegions` over its paragraphs), read once per article. */
export function quotedRegionsOf(doc: SegmentedArticle): Span[] {
  let regions = REGIONS.get(doc);
  if (!regions) {
    regions = quotedRegions(
      doc.article.text,
      doc.article.paragraphs.map((p) => p.span),
    );
    REGIONS.set(doc, regions);
  }
  return regions;
}

/**
 * Whether offset `at` of an article lies in a question within a quote ("asked: “Ten percent today, what
 * next year?”"): a question asserts no event, so its "today" or "next year" dates nothing. The question
 * is the sentence of the quote that holds `at`, ended by its own "?": in “The branch closes on March 1.
 * Why would anyone be surprised?” the date's sentence states; in “What next year? The branch closes in
 * May.” "next year" is asked. (The quoted regions are read once per article: `quotedRegionsOf`.)
 */
export function inQuotedQuestion(doc: SegmentedArticle, at: number): boolean {
  const region = quotedRegionsOf(doc).find((r) => r.start <= at && at < r.end);
  if (region === undefined) return false;
  const rest = doc.article.text.slice(at, region.end);
  // the end of the date's own sentence: a stop before a space, a quote mark or the quote's end, not
  // before a lower-case word ("at 9 a.m. on Monday?" goes on)
  const end = /[.!?](?=[\s"'”’»]*$|[\s"'”’»]+(?![\s"'”’»]*\p{Ll}))/u.exec(rest);
  return end?.[0] === '?';
}

/**
 * The weekday a sentence's saying is dated by, right after its reporting verb ("said on Friday",
 * "announced Thursday"; `mentions` are the sentence's, offsets into `text`), or null.
 */
export function reportWeekday(text: string, mentions: readonly DateMention[]): DateMention | null {
  return (
    mentions.find(
      (m) =>
        m.value.kind === 'weekday' &&
        m.value.shift === null &&
        !m.future &&
        REPORTED_ON.test(text.slice(Math.max(0, m.start - 40), m.start)),
    ) ?? null
  );
}

/**
 * Whether the quotation at offset `at` of an article was said before the article's day
 * (`saidBeforeOf`); `firstDay`, where known: the first day an article of an earlier day carries its
 * words, or null.
 */
export interface SaidBefore {
  (at: number): boolean;
  readonly firstDay?: (at: number) => number | null;
}

/**
 * The day a "today", "tonight", "yesterday", "this morning" or a weekday inside quotation marks is
 * counted from: it is the speaker's, told on the day they spoke, not the writer's ("“… low tonight,” the
 * chief said" repeated in a next-day follow-up is not that next day's night; "“We will be back on
 * Saturday”" repeated the next day is not the Saturday after: a quoted weekday counts from the first
 * day an article carries its words, `saidBefore.firstDay`, and else as the article's other dates do).
 * The saying's own weekday in the
 * sentence ("…,” the chief said on Tuesday") gives that day; with none, the words are of the article's
 * own day (undefined: counted as its other dates are) unless `saidBefore` finds them said before it
 * (`saidBeforeOf`; without it, always), and then the day is unknown and they date nothing (null). Undefined for any other mention. `sentence`
 * is the sentence's text, at `sentenceStart` in the article; the mentions' offsets are into it.
 */
export function quotedDeicticBase(
  doc: SegmentedArticle,
  sentenceStart: number,
  sentence: string,
  m: DateMention,
  mentions: readonly DateMention[],
  referenceDay: number | null,
  saidBefore: SaidBefore = () => true,
): number | null | undefined {
  DEICTIC.lastIndex = 0;
  const weekday = m.value.kind === 'weekday';
  if (!weekday && (m.value.kind !== 'offset' || !DEICTIC.test(m.text))) return undefined;
  const at = sentenceStart + m.start;
  if (!quotedRegionsOf(doc).some((r) => r.start <= at && at < r.end)) return undefined;
  // a weekday is a few days either way of any day of saying: only words an article of an earlier day
  // carries are surely of another day, the first such day
  if (weekday) return referenceDay === null ? undefined : (saidBefore.firstDay?.(at) ?? undefined);
  if (referenceDay === null) return null;
  const report = reportWeekday(sentence, mentions);
  if (report) return resolveDate(report, referenceDay)?.day ?? null;
  return saidBefore(at) ? null : undefined;
}

/**
 * Whether an article tells a saying of a day before its own ("…, the chief said on Tuesday" in
 * Wednesday's): a later telling, whose quotations with no day of saying may be of that day too.
 */
export function toldLater(
  doc: SegmentedArticle,
  mentionsOf: (sentenceIndex: number) => readonly DateMention[],
  referenceDay: number,
): boolean {
  return doc.sentences.some((s, k) => {
    const mentions = mentionsOf(k);
    const report = mentions.length ? reportWeekday(doc.article.text.slice(s.start, s.end), mentions) : null;
    const said = report && resolveDate(report, referenceDay);
    return !!said && said.day < referenceDay;
  });
}

/**
 * For a story: the first day of writing before an article's own on which an article carries the
 * quotation at offset `at` of it (the same words, or other words that say the same: `wordingOf`; not a
 * wording that says otherwise, "protects" / "cuts", as the quote matrix reads it), so that its words
 * were said by then. Null outside a quotation, with no day, or when no earlier article carries it.
 */
export function firstQuotedDay(
  articles: readonly SegmentedArticle[],
  dayOf: (articleId: string) => number | null,
): (doc: SegmentedArticle, at: number) => number | null {
  const wordsIn = (doc: SegmentedArticle, r: Span) => quoteWords(doc.article.text.slice(r.start, r.end));
  // each dated article's quotations, their words read once (when a quoted "today" is first met)
  let carried: { day: number; quotations: QuoteWords[] }[] | undefined;
  return (doc, at) => {
    const day = dayOf(doc.article.id);
    const region = quotedRegionsOf(doc).find((r) => r.start <= at && at < r.end);
    if (day === null || !region) return null;
    carried ??= articles.flatMap((d) => {
      const its = dayOf(d.article.id);
      return its === null ? [] : [{ day: its, quotations: quotedRegionsOf(d).map((r) => wordsIn(d, r)) }];
    });
    const words = wordsIn(doc, region);
    let first: number | null = null;
    for (const c of carried)
      if (
        c.day < day &&
        (first === null || c.day < first) &&
        c.quotations.some((q) => wordingOf(words, q) !== null)
      )
        first = c.day;
    return first;
  };
}

/**
 * Per article of a story: the `saidBefore` of `quotedDeicticBase`, true at a quotation's offset when the
 * article tells a saying of an earlier day (`toldLater`) or repeats a quotation an article of an earlier
 * day carries (`firstQuotedDay`, also given as its `firstDay`). `mentions` are readStoryDates' (per
 * article, per sentence); `dayOf` gives an article's day of writing.
 */
export function saidBeforeOf(
  articles: readonly SegmentedArticle[],
  mentions: readonly (readonly (readonly DateMention[])[])[],
  dayOf: (articleId: string) => number | null,
): (doc: SegmentedArticle) => SaidBefore {
  const first = firstQuotedDay(articles, dayOf);
  const later = new Map<SegmentedArticle, boolean>();
  return (doc) => {
    const firstDay = (at: number) => first(doc, at);
    const said = (at: number) => {
      let told = later.get(doc);
      if (told === undefined) {
        const i = articles.indexOf(doc);
        const day = dayOf(doc.article.id);
        told = day !== null && toldLater(doc, (k) => mentions[i]?.[k] ?? [], day);
        later.set(doc, told);
      }
      return told || firstDay(at) !== null;
    };
    return Object.assign(said, { firstDay });
  };
}
