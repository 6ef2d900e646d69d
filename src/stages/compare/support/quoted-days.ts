import type { SegmentedArticle } from '../../../model/index.ts';
import { quotedDeicticBase, saidBeforeOf } from '../../../text/dates/quoted-day.ts';
import { updateItemDays } from '../../../text/note-day.ts';
import { readStoryDates } from '../../timeline/index.ts';
import type { DeicticBase } from './dates.ts';

/**
 * Per article of a story, its DeicticBase: the timeline's reading of a quoted "tonight" (text/dates/quoted-day.ts:
 * the saying's weekday in the sentence, else the article's day unless it repeats words an article of
 * an earlier day carries or tells a saying of an earlier day), so both stages date the speaker's
 * words alike. `publishedDay` is an article's day of writing (null: none).
 */
/** A story's days as compare reads them, from one reading of its dates (`readStoryDates`). */
export interface StoryDays {
  /**
   * An article's stated day: given or its dateline's (an inferred one is a guess, and a guess must not
   * make two sentences agree), as a day number; null for none.
   */
  readonly publishedDay: (articleId: string) => number | null;
  /**
   * The day the sentence holding offset `at` of an article was written: an "Update:" item's own day
   * (text/note-day.ts, as the timeline reads it) where the article was published on a given day, else
   * `publishedDay`.
   */
  readonly writtenDay: (articleId: string, at: number) => number | null;
  /** Per article, the base a quoted "tonight" is counted from (`quotedDayBases`). */
  readonly quotedBase: (articleId: string) => DeicticBase;
}

/** The story's days: its dates read once, for the articles' days and the quoted days' bases. */
export function storyDays(articles: readonly SegmentedArticle[]): StoryDays {
  const dates = readStoryDates(articles);
  const publishedDay = (id: string): number | null => {
    const r = dates.references.get(id);
    return r && r.source !== 'stated' ? r.day : null;
  };
  const docs = new Map(articles.map((doc) => [doc.article.id, doc]));
  const items = new Map<string, ReadonlyMap<number, number>>();
  const writtenDay = (id: string, at: number): number | null => {
    const r = dates.references.get(id);
    const doc = docs.get(id);
    if (r?.source !== 'published' || !doc) return publishedDay(id);
    let days = items.get(id);
    if (!days) {
      days = updateItemDays(doc, r.day);
      items.set(id, days);
    }
    if (!days.size) return r.day;
    const k = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
    return days.get(k) ?? r.day;
  };
  return { publishedDay, writtenDay, quotedBase: quotedDayBases(articles, publishedDay, dates.mentions) };
}

function quotedDayBases(
  articles: readonly SegmentedArticle[],
  publishedDay: (articleId: string) => number | null,
  mentions = readStoryDates(articles).mentions,
): (articleId: string) => DeicticBase {
  const saidBefore = saidBeforeOf(articles, mentions, publishedDay);
  const index = new Map(articles.map((doc, i) => [doc.article.id, i]));
  return (articleId) => (token) => {
    const i = index.get(articleId);
    const doc = i === undefined ? undefined : articles[i];
    if (i === undefined || !doc) return undefined;
    const k = doc.sentences.findIndex((s) => s.start <= token.start && token.start < s.end);
    const sentence = doc.sentences[k];
    const found = mentions[i]?.[k] ?? [];
    if (!sentence) return undefined;
    const m = found.find(
      (x) => sentence.start + x.start <= token.start && token.end <= sentence.start + x.end,
    );
    if (!m) return undefined;
    const text = doc.article.text.slice(sentence.start, sentence.end);
    return quotedDeicticBase(doc, sentence.start, text, m, found, publishedDay(articleId), saidBefore(doc));
  };
}
