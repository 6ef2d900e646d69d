// The story's corrections, clarifications and update notes: each outlet's notes on its own article
// (the one reading of text/editors-notes.ts), with the day each was made where the note or the
// article says it, and the other outlets' sentences that still give what a correction put right.
import type { EditorsNote, Fact, Figure, SegmentedArticle, Sentence } from '../../model/index.ts';
import { isoOf, parseIsoDay } from '../../text/dates/days.ts';
import { editorsNotes, noteSentences, updateItems } from '../../text/editors-notes.ts';
import { statedNoteDay } from '../../text/note-day.ts';
import { articleOutletKey } from '../../text/source.ts';
import { updatedFigures } from '../../text/updated-figures.ts';
import { correctedFigures } from './corrected-figures.ts';
import { putRight, stillCarried } from './still-carried.ts';

const dayOfIso = (iso: string | null): number | null => (iso ? parseIsoDay(iso) : null);

// The day an article stands as it is now: its last change, else its publication.
const standsFrom = (doc: SegmentedArticle): number | null => {
  const [published, modified] = [dayOfIso(doc.article.publishedAt), dayOfIso(doc.article.modifiedAt)];
  return published === null ? modified : Math.max(published, modified ?? published);
};

/** Whether two articles are of one outlet, as every stage compares outlets (text/source.ts). */
const oneOutlet = (a: SegmentedArticle, b: SegmentedArticle): boolean =>
  articleOutletKey(a.article) === articleOutletKey(b.article);

/**
 * Every editor's note of the story's articles, in article order: kind, whole text, the day it was
 * made (the note's own; else, for an article's only note, the article's modifiedAt) and, for a
 * correction, the sentences still giving what it put right of the other outlets' articles that
 * stand as they are since a day after the note's.
 * @example
 * storyCorrections(articles).map((n) => [n.kind, n.date]) // [['correction', '2025-03-05']]
 */
export function storyCorrections(
  articles: readonly SegmentedArticle[],
  story: { readonly facts: readonly Fact[]; readonly figures: readonly Figure[] } = {
    facts: [],
    figures: [],
  },
): EditorsNote[] {
  const notesOf = new Map(articles.map((doc) => [doc, noteSentences(doc)]));
  const out: EditorsNote[] = [];
  for (const doc of articles) {
    const notes = editorsNotes(doc);
    const { article } = doc;
    const published = dayOfIso(article.publishedAt);
    const modified = dayOfIso(article.modifiedAt);
    out.push(...updateNotes(doc, published, modified));
    if (!notes.length) continue;
    const readings = notes.map((note) => {
      const text = article.text.slice(note.start, note.end);
      return { note, text, day: statedNoteDay(text, published, modified) };
    });
    // the page's last change dates a note only when it is the article's one note (of several, it
    // may be another's day)
    const lastChange = modified !== null && (published === null || modified >= published) ? modified : null;
    for (const { note, text, day } of readings) {
      const fromPage = day === null && readings.length === 1 ? lastChange : null;
      const made = day ?? fromPage;
      // "still" only of an article that stands as it is since a day after the note's: one written
      // before the correction gave what was then told (or a toll since risen); unsure without days
      const others = articles
        .filter((o) => {
          const from = standsFrom(o);
          return !oneOutlet(o, doc) && made !== null && from !== null && from > made;
        })
        .map((o) => ({ doc: o, notes: notesOf.get(o) ?? new Set<number>() }));
      const fix = note.kind === 'correction' && others.length ? putRight(doc, note) : null;
      const corrected = correctedFigures(doc, note, story.facts, story.figures);
      out.push({
        articleId: article.id,
        kind: note.kind,
        text,
        evidence: { articleId: article.id, span: { start: note.start, end: note.end } },
        date: day !== null ? isoOf(day) : fromPage !== null ? isoOf(fromPage) : null,
        dateFrom: day !== null ? 'note' : fromPage !== null ? 'modified' : null,
        stillCarried: fix ? stillCarried(fix, others) : [],
        ...(corrected ? { corrected } : {}),
      });
    }
  }
  return out;
}

/**
 * A live-updated article's "Update:" items that give values of its own body anew ("UPDATED 18:40:
 * Police now say three people have died" above "Two people died …": text/updated-figures.ts), as
 * update notes: each with the body's sentences it supersedes, dated by its label, else, as the
 * article's one update item, by the page's last change.
 */
function updateNotes(
  doc: SegmentedArticle,
  published: number | null,
  modified: number | null,
): EditorsNote[] {
  const changes = updatedFigures(doc);
  if (!changes.length) return [];
  const { article } = doc;
  const spanOf = (i: number) => {
    const s = doc.sentences[i] as Sentence;
    return { start: s.start, end: s.end };
  };
  const single = updateItems(doc).length === 1;
  return [...new Set(changes.map((c) => c.update))].map((update) => {
    const span = spanOf(update);
    const text = article.text.slice(span.start, span.end);
    const day = statedNoteDay(text, published, modified, true);
    const page =
      single && modified !== null && (published === null || modified >= published) ? modified : null;
    return {
      articleId: article.id,
      kind: 'update' as const,
      text,
      evidence: { articleId: article.id, span },
      date: day !== null ? isoOf(day) : page !== null ? isoOf(page) : null,
      dateFrom: day !== null ? ('note' as const) : page !== null ? ('modified' as const) : null,
      stillCarried: [],
      updated: changes
        .filter((c) => c.update === update)
        .map((c) => {
          const at = spanOf(c.sentence);
          return {
            was: c.was,
            now: c.now,
            evidence: { articleId: article.id, span: at },
            text: article.text.slice(at.start, at.end),
            span: { ...c.wasSpan },
          };
        }),
    };
  });
}
