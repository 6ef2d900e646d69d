// Editors' notes: what an outlet tells of its own article (a correction, a clarification, an update)
// rather than of the story. One reading for every stage: compare makes no fact of a note, the
// timeline dates nothing by it, and the report lists the notes of each story.
import type { SegmentedArticle } from '../model/index.ts';
import {
  CLARIFICATION_WORDS,
  CORRECTION_WORDS,
  EDITORS_NOTE,
  NOTE_LABELS,
  NOTE_MORE_SENTENCES,
  UPDATE_LABEL,
  UPDATE_WORDS,
} from './data/editors-notes.ts';

/** What a note is: a correction, a clarification, an update note, or an editor's note of another kind. */
export type NoteKind = 'correction' | 'clarification' | 'update' | 'editors-note';

/** One editor's note of an article: its sentences (by index) and where it stands in the text. */
export interface EditorsNoteReading {
  readonly kind: NoteKind;
  /** The indexes of its sentences in the article, in order: the note's own and those after it in its paragraph. */
  readonly sentences: readonly number[];
  readonly start: number;
  readonly end: number;
}

/** The kind of a note, from its label ("Clarification: …") or, for a sentence whose subject is the article, its words. */
export function noteKind(text: string): NoteKind {
  const label = /^\s*(corrections?|clarifications?|editor)\b/i.exec(text)?.[1]?.toLowerCase();
  if (label && EDITORS_NOTE.test(text)) return NOTE_LABELS[label] ?? 'editors-note';
  if (CORRECTION_WORDS.test(text)) return 'correction';
  if (CLARIFICATION_WORDS.test(text)) return 'clarification';
  return UPDATE_WORDS.test(text) ? 'update' : 'editors-note';
}

const READ = new WeakMap<SegmentedArticle['sentences'], readonly EditorsNoteReading[]>();

/**
 * The editors' notes of an article: each sentence EDITORS_NOTE reads as one, and when it opens its
 * paragraph (after a dateline too, which is no sentence), the sentences after it in that paragraph,
 * at most NOTE_MORE_SENTENCES ("Correction: An earlier version … said 14 were injured. Twelve were.").
 * Read once per article.
 * @example
 * editorsNotes(doc).map((n) => n.kind) // ['correction']
 */
export function editorsNotes(doc: SegmentedArticle): readonly EditorsNoteReading[] {
  const known = READ.get(doc.sentences);
  if (known) return known;
  const { article, sentences } = doc;
  const out: EditorsNoteReading[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k];
    if (!sentence || article.paragraphs[sentence.paragraph]?.kind === 'heading') continue;
    const text = article.text.slice(sentence.start, sentence.end);
    if (!EDITORS_NOTE.test(text)) continue;
    const opens = sentences[k - 1]?.paragraph !== sentence.paragraph;
    const taken = [k];
    while (opens && taken.length <= NOTE_MORE_SENTENCES) {
      const next = sentences[k + taken.length];
      if (next?.paragraph !== sentence.paragraph) break;
      taken.push(k + taken.length);
    }
    // a paragraph longer than a note is news after it: the note is its own sentence alone
    const whole = sentences[k + taken.length]?.paragraph !== sentence.paragraph;
    const own = whole ? taken : [k];
    const last = sentences[own[own.length - 1] as number] ?? sentence;
    out.push({ kind: noteKind(text), sentences: own, start: sentence.start, end: last.end });
    k = (own[own.length - 1] as number) ?? k;
  }
  READ.set(doc.sentences, out);
  return out;
}

/** The indexes of the sentences of an article that are editors' notes (see `editorsNotes`). */
export function noteSentences(doc: SegmentedArticle): ReadonlySet<number> {
  return new Set(editorsNotes(doc).flatMap((n) => n.sentences));
}

/** The indexes of the sentences an "Update:" or "Updated:" label opens (a live-updated article's news, no note). */
export function updateItems(doc: SegmentedArticle): number[] {
  const { article } = doc;
  return doc.sentences.flatMap((s, i) => (UPDATE_LABEL.test(article.text.slice(s.start, s.end)) ? [i] : []));
}
