// What a correction put right, checked against the other outlets: a sentence of another outlet that
// still gives the value the note calls wrong. Said only when checked, never assumed: the note must
// name one wrong value and one right value of one unit, and the other sentence must give the wrong
// one for the same thing (unit, rate, what it counts) beside a word of the note's clause, and not
// the right one too.
import type { SegmentedArticle, Sentence, StillCarried, Token } from '../../model/index.ts';
import {
  NAME_ERROR,
  NOT_BEFORE,
  QUOTE_ERROR,
  WRONG_CLAUSE_END,
  WRONG_CUE,
  WRONG_WORDING,
} from '../../text/data/editors-notes.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import type { EditorsNoteReading } from '../../text/editors-notes.ts';
import { fold, stem } from '../../text/normalise.ts';
import { type ClaimFigure, sameCounted, sameUnit, sentenceFigures } from '../../text/quantities.ts';
import { isContent } from './sentence-words.ts';

// Words of a note that tell of the article, not of what it got wrong: no evidence of one subject.
const NOTE_WORDS = new Set(
  [
    'article',
    'story',
    'post',
    'version',
    'earlier',
    'previous',
    'correction',
    'corrected',
    'clarification',
    'update',
    'updated',
    'said',
    'say',
    'stated',
    'reported',
    'gave',
    'show',
    'misstated',
    'incorrectly',
    'wrongly',
    'number',
    'figure',
    'editor',
    'note',
  ].map(stem),
);

/**
 * What a correction put right: the value or wording it calls wrong and the one it gives instead (as
 * the note writes them; a wording's right one is not read), and the test of a sentence that still
 * gives the wrong one.
 */
export interface PutRight {
  readonly wrong: string;
  readonly right: string | null;
  readonly carries: (sentence: Sentence, text: string) => boolean;
}

const sameMeasure = (a: ClaimFigure, b: ClaimFigure): boolean => sameUnit(a, b) && a.rate === b.rate;

// The stems of a sentence's content words outside `leave` (stems), which tell what a note is about.
const aboutWords = (tokens: readonly Token[], leave: ReadonlySet<string | null>): Set<string> =>
  new Set(
    tokens
      .filter(isContent)
      .map((t) => stem(t.text))
      .filter((w) => !NOTE_WORDS.has(w) && !leave.has(w)),
  );

const sharesWord = (s: Sentence, words: ReadonlySet<string>): boolean =>
  s.tokens.some((t) => isContent(t) && words.has(stem(t.text)));

/**
 * The values a note puts right: a value after "not" ("12 people, not 14, were injured"), or in the
 * clause after a cue of what the article said wrongly ("An earlier version … said 14 were injured;
 * 12 were") is wrong; the note's other values of its measure are right. Null unless there is one
 * wrong value and one right value. A sentence carries the wrong one when it gives it for the same
 * thing (unit, rate, what it counts when both say), with a word of the note's sentence besides, and
 * does not give the right one too.
 */
function putRightValue(
  doc: SegmentedArticle,
  note: EditorsNoteReading,
  cues: readonly number[],
): PutRight | null {
  const { text } = doc.article;
  const sentences = note.sentences.map((i) => doc.sentences[i] as Sentence);
  const figures = sentences.flatMap((s) => sentenceFigures(s).map((f) => ({ f, s })));
  const isWrong = (f: ClaimFigure): boolean =>
    NOT_BEFORE.test(text.slice(note.start, f.span.start)) ||
    cues.some((at) => at <= f.span.start && !WRONG_CLAUSE_END.test(text.slice(at, f.span.start)));
  const wrong = figures.filter(({ f }) => isWrong(f));
  const first = wrong[0];
  if (!first || new Set(wrong.map(({ f }) => f.value)).size !== 1) return null;
  const right = figures.filter(
    ({ f }) => !isWrong(f) && sameMeasure(f, first.f) && f.value !== first.f.value,
  );
  const fixed = right[0]?.f;
  if (!fixed || new Set(right.map(({ f }) => f.value)).size !== 1) return null;
  const bad = first.f;
  const words = aboutWords(first.s.tokens, new Set([bad.counts, ...right.map(({ f }) => f.counts)]));
  if (!words.size) return null;
  const sameThing = (f: ClaimFigure): boolean =>
    sameMeasure(f, bad) && (f.counts === null || bad.counts === null || sameCounted(f.counts, bad.counts));
  return {
    wrong: text.slice(bad.span.start, bad.span.end),
    right: text.slice(fixed.span.start, fixed.span.end),
    carries: (s) => {
      const found = sentenceFigures(s);
      return (
        found.some((f) => f.value === bad.value && sameThing(f)) &&
        !found.some((f) => f.value === fixed.value && sameMeasure(f, fixed)) &&
        sharesWord(s, words)
      );
    },
  };
}

const squash = (text: string): string =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The wording a note calls wrong (WRONG_WORDING in the clause after a cue): a quotation the note
 * tells of as one (QUOTE_ERROR), carried by a sentence that holds its words in that order; or a name
 * the note tells of as one (NAME_ERROR; not a day's), carried by a sentence that
 * writes it so, whole and no part of a longer name ("Holm" in "Holm Steelworks"), beside a word of
 * the note's sentence besides the name's own.
 */
function putRightWording(
  doc: SegmentedArticle,
  note: EditorsNoteReading,
  cues: readonly number[],
): PutRight | null {
  const { text } = doc.article;
  for (const at of cues) {
    // in the cue's clause: a full stop inside the quotation ends no clause
    const rest = text.slice(at, note.end);
    const m = WRONG_WORDING.exec(rest);
    if (!m || WRONG_CLAUSE_END.test(rest.slice(0, m.index))) continue;
    // what the note tells of, up to the wording: a quotation, or a name
    const before = text.slice(note.start, at + m.index);
    const quote = m[1]?.trim();
    if (quote && QUOTE_ERROR.test(before) && squash(quote).split(' ').length >= 3) {
      const words = ` ${squash(quote)} `;
      return { wrong: quote, right: null, carries: (_, t) => ` ${squash(t)} `.includes(words) };
    }
    const name = m[2]?.trim().replace(/\.+$/, '');
    if (!name || !NAME_ERROR.test(before) || findDateMentions(name).length) continue;
    const own = note.sentences.map((i) => doc.sentences[i] as Sentence);
    const leave = new Set(name.split(/\s+/).map((w) => stem(w)));
    const words = aboutWords(
      own.flatMap((s) => s.tokens),
      leave,
    );
    const whole = new RegExp(
      `(?<![\\p{L}\\p{N}]|\\p{Lu}[\\p{L}'’.-]*\\s+)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]|\\s+\\p{Lu})`,
      'u',
    );
    if (words.size)
      return { wrong: name, right: null, carries: (s, t) => whole.test(t) && sharesWord(s, words) };
  }
  return null;
}

/** What a correction puts right, a value first, else a wording; null when unsure (see `putRightValue`, `putRightWording`). */
export function putRight(doc: SegmentedArticle, note: EditorsNoteReading): PutRight | null {
  const noteText = doc.article.text.slice(note.start, note.end);
  const cues = [...noteText.matchAll(WRONG_CUE)].map((m) => note.start + m.index + m[0].length);
  return putRightValue(doc, note, cues) ?? putRightWording(doc, note, cues);
}

/**
 * The sentences of `others` (articles of other outlets) that still give what a note calls wrong, by
 * the note's test (`putRight`). Notes are passed over.
 */
export function stillCarried(
  fix: PutRight,
  others: readonly { readonly doc: SegmentedArticle; readonly notes: ReadonlySet<number> }[],
): StillCarried[] {
  const out: StillCarried[] = [];
  for (const { doc, notes } of others)
    doc.sentences.forEach((s, i) => {
      const text = doc.article.text.slice(s.start, s.end);
      if (notes.has(i) || !fix.carries(s, text)) return;
      out.push({
        evidence: { articleId: doc.article.id, span: { start: s.start, end: s.end } },
        text,
        wrong: fix.wrong,
        right: fix.right,
      });
    });
  return out;
}
