import type { SegmentedArticle, Token } from '../model/index.ts';
import { articleDateline, type Dateline, readDateline } from './dateline.ts';
import {
  CREDIT_PAREN,
  TITLE_CASE_MAX_PROSE,
  TITLE_CASE_MIN_WORDS,
  TITLE_CASE_SHARE,
  WIDGET_LINE,
} from './patterns.ts';
import { DOUBLE_MARK_TEXT } from './quotes/marks.ts';
import { firstAtLeast } from './sorted.ts';

/**
 * A token of the article as the extractors read it: segment's own token, not a copy (its sentence and
 * spacing are read by index: `sentenceOf`, `spacedAt`).
 */
export type Tok = Token;

/** A sentence as a range of `Doc.tokens`. */
export interface DocSentence {
  readonly first: number;
  /** One past the last token. */
  readonly end: number;
  readonly paragraph: number;
  /** A Title-Case line (headline, sub-heading): its names are trusted only when found elsewhere. */
  readonly titleCase: boolean;
}

/** One article flattened for extraction: every token indexed once, with the ranges to ignore. */
export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly tokens: readonly Tok[];
  /** Index in `sentences` of each token's sentence (read it with `sentenceOf`). */
  readonly tokenSentence: Int32Array;
  /** 1 where whitespace separates a token from the one before it in its sentence, or it opens one (`spacedAt`). */
  readonly tokenSpaced: Uint8Array;
  readonly sentences: readonly DocSentence[];
  /** Paragraph spans of the article (start, end). */
  readonly paragraphs: readonly { readonly start: number; readonly end: number }[];
  /** Character ranges that are photo credits or widget text, sorted. */
  readonly skip: readonly (readonly [number, number])[];
  /** Positions of double quote marks in the text, sorted. */
  readonly quoteMarks: readonly number[];
  /** The wire dateline opening the text ("WASHINGTON (AP) —"), whose place and agency are no names of the story. */
  readonly dateline?: Dateline | null;
}

/** Index in `doc.sentences` of the sentence of token `i`; -1 when there is no token `i`. */
export function sentenceOf(doc: Doc, i: number): number {
  return doc.tokenSentence[i] ?? -1;
}

/** True when whitespace separates token `i` from the token before it in its sentence, or it opens one. */
export function spacedAt(doc: Doc, i: number): boolean {
  return doc.tokenSpaced[i] === 1;
}

/** True when a double quote mark lies in [start, end). */
export function hasQuoteMark(doc: Doc, start: number, end: number): boolean {
  const marks = doc.quoteMarks;
  const lo = firstAtLeast(marks, start);
  return lo < marks.length && (marks[lo] as number) < end;
}

const LETTER_WORD = /^\p{L}[\p{L}'’.-]{3,}$/u;
const UPPER_START = /^\p{Lu}/u;

// LETTER_WORD and UPPER_START for a word, by its character codes when it is ASCII (most words): 0 not
// a letter word, 1 a letter word, 2 a letter word that opens with a capital.
function letterWord(text: string): number {
  if (text.length < 4) return 0;
  const first = text.charCodeAt(0);
  let ascii = first < 128;
  for (let i = 1; ascii && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (!((c | 32) >= 97 && (c | 32) <= 122) && c !== 39 && c !== 46 && c !== 45) return 0;
  }
  if (!ascii) return LETTER_WORD.test(text) ? (UPPER_START.test(text) ? 2 : 1) : 0;
  if (!((first | 32) >= 97 && (first | 32) <= 122)) return 0;
  return first <= 90 ? 2 : 1;
}

// Whether the sentence of tokens[first, end) is a Title-Case line (read in place: no copy of its tokens).
function isTitleCase(tokens: readonly Tok[], first: number, end: number): boolean {
  let long = 0;
  let capital = 0;
  for (let i = first; i < end; i++) {
    const word = letterWord((tokens[i] as Tok).text);
    if (!word) continue;
    long++;
    if (word === 2) capital++;
    // even if every token left were a capitalised word, too few or too small a share: stop reading
    const left = end - i - 1;
    if (capital + left < TITLE_CASE_MIN_WORDS || (capital + left) / (long + left) < TITLE_CASE_SHARE)
      return false;
  }
  if (capital < TITLE_CASE_MIN_WORDS || capital / long < TITLE_CASE_SHARE) return false;
  // a long sentence that ends with a full stop is prose full of names, not a headline
  if (end - first > TITLE_CASE_MAX_PROSE && tokens[end - 1]?.text === '.') return false;
  // a sentence full of names is not a headline: a headline also capitalises common and function words
  for (let i = first + 1; i < end; i++) {
    const t = tokens[i] as Tok;
    if (t.pos !== 'PROPN' && t.pos !== 'PUNCT' && UPPER_START.test(t.text)) return true;
  }
  return false;
}

function skipRanges(article: SegmentedArticle['article']): [number, number][] {
  const out: [number, number][] = [];
  const text = article.text;
  for (const m of text.matchAll(CREDIT_PAREN)) out.push([m.index, m.index + m[0].length]);
  for (const p of article.paragraphs) {
    const line = text.slice(p.span.start, p.span.end);
    if (WIDGET_LINE.test(line)) out.push([p.span.start, p.span.end]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * The annotated article: a segmented article flattened into one array of its tokens (segment's own,
 * with each one's sentence and spacing in two typed arrays beside), with its Title-Case sentences
 * marked and the ranges to skip (credits, widget text) and quote marks found. Built once per article,
 * by the stage that reads it (each article is in one story).
 */
export function annotate(input: SegmentedArticle): Doc {
  let count = 0;
  for (const sentence of input.sentences) count += sentence.tokens.length;
  const tokens: Tok[] = [];
  const tokenSentence = new Int32Array(count);
  const tokenSpaced = new Uint8Array(count);
  const sentences: DocSentence[] = [];
  const headings = new Set(input.article.paragraphs.flatMap((p, i) => (p.kind === 'heading' ? [i] : [])));
  let k = 0;
  for (const sentence of input.sentences) {
    const first = k;
    let prevEnd = -1;
    for (const t of sentence.tokens) {
      tokens.push(t);
      tokenSentence[k] = sentences.length;
      tokenSpaced[k] = t.start > prevEnd ? 1 : 0;
      prevEnd = t.end;
      k++;
    }
    sentences.push({
      first,
      end: k,
      paragraph: sentence.paragraph,
      titleCase: headings.has(sentence.paragraph) || isTitleCase(tokens, first, k),
    });
  }
  return {
    id: input.article.id,
    text: input.article.text,
    tokens,
    tokenSentence,
    tokenSpaced,
    sentences,
    paragraphs: input.article.paragraphs.map((p) => p.span),
    skip: skipRanges(input.article),
    quoteMarks: Array.from(input.article.text.matchAll(DOUBLE_MARK_TEXT), (m) => m.index),
    dateline: articleDateline(input),
  };
}

/** True when the character range [start, end) lies in the article's opening dateline. */
export const inDateline = (doc: Doc, start: number, end: number): boolean =>
  !!doc.dateline && start >= doc.dateline.start && end <= doc.dateline.end;

/**
 * Past a dateline that opens at token `first` ("HARBOURTON, May 2 (AP) — The …", "WASHINGTON — …"):
 * the index of the first token after it, below `limit`; else `first`.
 */
export function pastDateline(doc: Doc, first: number, limit: number): number {
  const at = doc.tokens[first];
  const dateline = at && /^[\p{Lu}(]/u.test(at.text) ? readDateline(doc.text, at.start) : null;
  if (!dateline) return first;
  let k = first;
  while (k < limit && (doc.tokens[k] as Tok).start < dateline.end) k++;
  return k < limit ? k : first;
}

/** True when the character range [start, end) touches a skipped range (credit, widget text). */
export function isSkipped(doc: Doc, start: number, end: number): boolean {
  for (const [s, e] of doc.skip) {
    if (s >= end) return false;
    if (e > start) return true;
  }
  return false;
}

/** Index of the first token that ends after `offset` (binary search over the sorted tokens). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Tok).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
