// The story's corrections, clarifications and update notes: each outlet's notes on its own article
// (the one reading of text/editors-notes.ts), with the day each was made where the note or the
// article says it, and the other outlets' sentences that still give what a correction put right.
import type { EditorsNote, SegmentedArticle } from '../../model/index.ts';
import { dayOf, isoOf, parseIsoDay, weekdayOf } from '../../text/dates/days.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import { chooseYear } from '../../text/dates/resolve.ts';
import { editorsNotes, noteSentences } from '../../text/editors-notes.ts';
import { putRight, stillCarried } from './still-carried.ts';

const dayOfIso = (iso: string | null): number | null => (iso ? parseIsoDay(iso) : null);

/**
 * The day a note states: a day of a month (its year stated, else the one nearest before the
 * article's last change or publication), or a weekday counted back from the article's last change
 * ("updated on Tuesday", only with a modifiedAt, whose week it must be). Never before the
 * article's publication; null when the note states none or it cannot be told.
 */
export function statedNoteDay(
  text: string,
  published: number | null,
  modified: number | null,
): number | null {
  const reference = modified ?? published;
  for (const m of findDateMentions(text)) {
    const v = m.value;
    let day: number | null = null;
    if (v.kind === 'day') {
      const year =
        v.year ?? (reference === null ? null : chooseYear(v.month, v.day, v.weekday, reference, 'past'));
      day = year === null ? null : dayOf(year, v.month, v.day);
    } else if (v.kind === 'weekday' && v.shift === null && modified !== null) {
      day = modified - ((weekdayOf(modified) - v.weekday + 7) % 7);
    } else continue;
    if (day === null || (published !== null && day < published)) return null;
    if (modified !== null && day > modified) return null;
    return day;
  }
  return null;
}

/** Whether two articles are of one outlet (by name, else they are the same article). */
const oneOutlet = (a: SegmentedArticle, b: SegmentedArticle): boolean =>
  a.article.outlet && b.article.outlet
    ? a.article.outlet.trim().toLowerCase() === b.article.outlet.trim().toLowerCase()
    : a.article.id === b.article.id;

/**
 * Every editor's note of the story's articles, in article order: kind, whole text, the day it was
 * made (the note's own; else, for an article's only note, the article's modifiedAt) and, for a correction of a value, the other outlets' sentences still giving it.
 * @example
 * storyCorrections(articles).map((n) => [n.kind, n.date]) // [['correction', '2025-03-05']]
 */
export function storyCorrections(articles: readonly SegmentedArticle[]): EditorsNote[] {
  const notesOf = new Map(articles.map((doc) => [doc, noteSentences(doc)]));
  const out: EditorsNote[] = [];
  for (const doc of articles) {
    const notes = editorsNotes(doc);
    if (!notes.length) continue;
    const { article } = doc;
    const published = dayOfIso(article.publishedAt);
    const modified = dayOfIso(article.modifiedAt);
    const readings = notes.map((note) => {
      const text = article.text.slice(note.start, note.end);
      return { note, text, day: statedNoteDay(text, published, modified) };
    });
    // the page's last change dates a note only when it is the article's one note (of several, it
    // may be another's day)
    const lastChange = modified !== null && (published === null || modified >= published) ? modified : null;
    const others = articles
      .filter((o) => !oneOutlet(o, doc))
      .map((o) => ({ doc: o, notes: notesOf.get(o) ?? new Set<number>() }));
    for (const { note, text, day } of readings) {
      const fromPage = day === null && readings.length === 1 ? lastChange : null;
      const fix = note.kind === 'correction' ? putRight(doc, note) : null;
      out.push({
        articleId: article.id,
        kind: note.kind,
        text,
        evidence: { articleId: article.id, span: { start: note.start, end: note.end } },
        date: day !== null ? isoOf(day) : fromPage !== null ? isoOf(fromPage) : null,
        dateFrom: day !== null ? 'note' : fromPage !== null ? 'modified' : null,
        stillCarried: fix ? stillCarried(fix, others) : [],
      });
    }
  }
  return out;
}
