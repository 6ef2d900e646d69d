// Editors' notes: what an outlet tells of its own article (a correction, a clarification, an update)
// rather than of the story. One reading for every stage: compare makes no fact of a note, the
// timeline dates nothing by it, and the report lists the notes of each story.
import type { SegmentedArticle, Sentence } from '../model/index.ts';
import {
  CHANGED_SINCE,
  CLARIFICATION_WORDS,
  CORRECTION_WORDS,
  EDITORS_NOTE,
  FIX_LABEL,
  NOTE_GOES_ON,
  NOTE_LABELS,
  NOTE_MORE_SENTENCES,
  UPDATE_LABEL,
  UPDATE_WORDS,
} from './data/editors-notes.ts';
import { namesRightValue } from './note-source.ts';
import { signOffSentences } from './sign-offs.ts';

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

/**
 * The kind of a note, from its label ("Clarification: …") or, for a sentence whose subject is the
 * article, its words; an "Editor's note:" that tells of an error is a correction.
 */
export function noteKind(text: string): NoteKind {
  const label = /^\s*(corrections?|clarifications?|editor)\b/i.exec(text)?.[1]?.toLowerCase();
  const labelled = label && EDITORS_NOTE.test(text) ? NOTE_LABELS[label] : undefined;
  if (labelled && labelled !== 'editors-note') return labelled;
  if (CORRECTION_WORDS.test(text)) return 'correction';
  if (CLARIFICATION_WORDS.test(text)) return 'clarification';
  if (labelled) return labelled;
  return UPDATE_WORDS.test(text) ? 'update' : 'editors-note';
}

const READ = new WeakMap<SegmentedArticle['sentences'], readonly EditorsNoteReading[]>();

/**
 * The editors' notes of an article: each sentence EDITORS_NOTE reads as one and, after a correction
 * that opens its paragraph (after a dateline too, which is no sentence), the sentences after it in
 * that paragraph that go on telling of it (NOTE_GOES_ON: "Correction: An earlier version … said 14
 * were injured. Twelve were."), at most NOTE_MORE_SENTENCES, and only when the paragraph ends with
 * them; after a "Correction:" or "Clarification:" label opening its paragraph, also those that name
 * who gives the right value and tell its value again (namesRightValue: "Kell council says the vote was on
 * Monday."). A correction whose value has changed since ("… said 3 had died. The
 * toll has since risen to 5.") is an update. Read once per article.
 * @example
 * editorsNotes(doc).map((n) => n.kind) // ['correction']
 */
export function editorsNotes(doc: SegmentedArticle): readonly EditorsNoteReading[] {
  const known = READ.get(doc.sentences);
  if (known) return known;
  const { article, sentences } = doc;
  const textOf = (k: number): string => {
    const s = sentences[k];
    return s ? article.text.slice(s.start, s.end) : '';
  };
  const out: EditorsNoteReading[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k];
    if (!sentence || article.paragraphs[sentence.paragraph]?.kind === 'heading') continue;
    const text = textOf(k);
    if (!EDITORS_NOTE.test(text)) continue;
    let kind = noteKind(text);
    const inParagraph = (i: number): boolean => sentences[i]?.paragraph === sentence.paragraph;
    if (
      kind === 'correction' &&
      (CHANGED_SINCE.test(text) || (inParagraph(k + 1) && CHANGED_SINCE.test(textOf(k + 1))))
    )
      kind = 'update';
    const opens = sentences[k - 1]?.paragraph !== sentence.paragraph;
    // after a correction's or clarification's label opening the paragraph, a sentence that names who
    // gives the right value is the note's too ("Harlow Water says the figure is about 3,000."); news
    // after it is not ("Crews from Tarn Water worked through the night.")
    const labelled = opens && kind !== 'update' && FIX_LABEL.test(text);
    const taken = [k];
    while ((kind === 'correction' || labelled) && opens && taken.length <= NOTE_MORE_SENTENCES) {
      const next = k + taken.length;
      const after = sentences[next];
      const goesOn =
        NOTE_GOES_ON.test(textOf(next)) ||
        (labelled && after !== undefined && namesRightValue(after, textOf(next), sentence, text));
      if (!inParagraph(next) || !goesOn) break;
      taken.push(next);
    }
    // a paragraph that goes on with news after them: the note is its own sentence alone
    const own = inParagraph(k + taken.length) ? [k] : taken;
    const last = sentences[own[own.length - 1] as number] ?? sentence;
    out.push({ kind, sentences: own, start: sentence.start, end: last.end });
    k = (own[own.length - 1] as number) ?? k;
  }
  READ.set(doc.sentences, out);
  return out;
}

/**
 * The indexes of the sentences of an article that tell of the article, not the story: its editors'
 * notes (see `editorsNotes`) and a live page's sign-offs (`signOffSentences`: "We will be back on
 * Saturday morning.").
 */
export function noteSentences(doc: SegmentedArticle): ReadonlySet<number> {
  return new Set([...editorsNotes(doc).flatMap((n) => n.sentences), ...signOffSentences(doc)]);
}

/**
 * The index of a sentence's first token after an "Update:" or "Updated (May 7):" label opening it
 * (page furniture, not news): 0 without one, -1 when the label is all of it.
 */
export function afterUpdateLabel(text: string, sentence: Pick<Sentence, 'start' | 'end' | 'tokens'>): number {
  const end = sentence.start + (UPDATE_LABEL.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  return sentence.tokens.findIndex((t) => t.start >= end);
}

/** The indexes of the sentences an "Update:" or "Updated:" label opens (a live-updated article's news, no note). */
export function updateItems(doc: SegmentedArticle): number[] {
  const { article } = doc;
  return doc.sentences.flatMap((s, i) => (UPDATE_LABEL.test(article.text.slice(s.start, s.end)) ? [i] : []));
}

// where a sentence of plain text may open: the text's start, or after a sentence's end and its space
const SENTENCE_OPENS = /(?:^|(?<=[.!?]["”’)]?)\s+)(?=["“‘(]?\p{Lu})/gu;

/**
 * The kinds of the editors' notes a plain text holds (a page's paragraph, read with no segmenting):
 * each sentence EDITORS_NOTE reads as one, where the text or a sentence of it opens ("Correction: An
 * earlier version of this page said 40 sailings were cancelled."), as `editorsNotes` reads them (a
 * correction whose value has changed since is an update).
 * @example
 * textNotes('Correction: An earlier version of this page said 40. The figure is 14.') // ['correction']
 */
export function textNotes(text: string): NoteKind[] {
  const out: NoteKind[] = [];
  for (const open of text.matchAll(SENTENCE_OPENS)) {
    const rest = text.slice(open.index + open[0].length);
    if (!EDITORS_NOTE.test(rest)) continue;
    const kind = noteKind(rest);
    out.push(kind === 'correction' && CHANGED_SINCE.test(rest) ? 'update' : kind);
  }
  return out;
}
