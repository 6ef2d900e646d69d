import { IRREGULAR_FORMS } from '../../text/data/word-forms.ts';
import { fold, stem } from '../../text/normalise.ts';
import { CUE_VERBS } from '../extract/data/speech.ts';
import { KEYWORD_SCAN_ARTICLES, KEYWORD_SCAN_CHARS } from './label-patterns.ts';

// A word is a letter and the letters, marks, apostrophes and hyphens after it (/\p{L}[\p{L}\p{M}'’-]*/u),
// found by a scan of code points so that a word passed over costs no match object or string.
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const isLetter = (c: number): boolean =>
  c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LETTER.test(String.fromCodePoint(c));
const inWord = (c: number): boolean =>
  isLetter(c) ||
  c === 0x27 ||
  c === 0x2d ||
  c === 0x2019 ||
  (c >= 0x80 && MARK.test(String.fromCodePoint(c)));
const width = (c: number): number => (c > 0xffff ? 2 : 1);

/** Where the first word at or after `from` starts (its letter), or -1. */
export function nextWordStart(text: string, from: number): number {
  for (let at = from; at < text.length; ) {
    const c = text.codePointAt(at) as number;
    if (isLetter(c)) return at;
    at += width(c);
  }
  return -1;
}

/** The end of the word that starts at `start` (a letter). */
export function wordEnd(text: string, start: number): number {
  let end = start + width(text.codePointAt(start) as number);
  while (end < text.length) {
    const c = text.codePointAt(end) as number;
    if (!inWord(c)) break;
    end += width(c);
  }
  return end;
}

/**
 * The letters a-z a word whose stem is one of `stems` may start with, lower-cased: the stemmer only
 * takes letters off a word's end (or makes a final 'ies' 'y'), so a stem keeps the word's first
 * letter, except for the irregular forms, whose first letters are added (keywords.test.ts checks it).
 * A word starting with another letter a-z is passed over without being stemmed; any other is stemmed.
 */
export function stemInitials(stems: readonly string[]): ReadonlySet<number> {
  const wanted = new Set(stems);
  const initials = new Set(stems.map((s) => s.charCodeAt(0)));
  for (const [form, base] of Object.entries(IRREGULAR_FORMS))
    if (wanted.has(base)) initials.add(form.charCodeAt(0));
  return initials;
}

// The lower-cased first letter of a word (its first code unit) when it is a-z (or A-Z), else -1.
function asciiInitial(first: number): number {
  const c = first | 0x20;
  return c >= 0x61 && c <= 0x7a ? c : -1;
}

/** One token of an opening sentence: its text, wink's normal form (the grouping stems it) and its tag. */
export interface KeywordToken {
  readonly text: string;
  readonly norm: string;
  readonly pos: string;
}

/** What a keyword's written forms are read from: an article's headline and text, and its tokens when held. */
export interface KeywordSource {
  readonly article: { readonly title: string | null; readonly text: string };
  /** The article's sentences: when their tokens are given, the text's forms are read from them. */
  readonly sentences?: readonly { readonly start: number; readonly tokens?: readonly KeywordToken[] }[];
}

// Per stem: how often each written form is used, and how many of its uses are a verb of speech
type FormCounts = Map<string, { forms: Map<string, number>; speech: number; uses: number }>;

function count(counts: FormCounts, key: string, form: string, speech: boolean): void {
  let entry = counts.get(key);
  if (!entry) {
    entry = { forms: new Map(), speech: 0, uses: 0 };
    counts.set(key, entry);
  }
  entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
  entry.uses++;
  if (speech) entry.speech++;
}

/**
 * A story's keywords as readers write them: each stem (the grouping's term, "bridg") shown as the
 * form of it its articles use most ("bridge"), read from the titles and openings of up to
 * `KEYWORD_SCAN_ARTICLES` articles; a stem none of them spells stays as it is. A stem used mostly
 * as a verb of speech ("said": extract's `CUE_VERBS`, tagged a verb) ties no story together and is
 * left out; at most `limit` keywords are kept. The openings are read from their tokens when given,
 * so that a stem of wink's normal form ("harbor") is shown as the articles spell it ("harbour").
 * @example
 * keywordForms(['bridg'], [{ article: { title: 'Bridge shut', text: '' } }]) // ["bridge"]
 */
export function keywordForms(
  stems: readonly string[],
  sources: readonly KeywordSource[],
  limit = stems.length,
): string[] {
  const wanted = new Set(stems);
  const counts: FormCounts = new Map();
  const initials = stemInitials(stems);
  const read = (part: string) => {
    for (let start = nextWordStart(part, 0), end = 0; start >= 0; start = nextWordStart(part, end)) {
      end = wordEnd(part, start);
      const initial = asciiInitial(part.charCodeAt(start));
      if (initial >= 0 && !initials.has(initial)) continue;
      const form = part
        .slice(start, end)
        .toLowerCase()
        .replace(/['’]s$/, '');
      const key = stem(form);
      if (wanted.has(key)) count(counts, key, form, false);
    }
  };
  for (const source of sources.slice(0, KEYWORD_SCAN_ARTICLES)) {
    const { title, text } = source.article;
    read(title ?? '');
    const sentences = source.sentences?.filter((s) => s.start < KEYWORD_SCAN_CHARS);
    if (!sentences?.length || sentences.some((s) => !s.tokens)) {
      read(text.slice(0, KEYWORD_SCAN_CHARS));
      continue;
    }
    for (const sentence of sentences)
      for (const token of sentence.tokens ?? []) {
        const initial = asciiInitial(token.norm.charCodeAt(0));
        if (initial >= 0 && !initials.has(initial)) continue;
        const key = stem(token.norm);
        if (!wanted.has(key)) continue;
        const form = token.text.toLowerCase().replace(/['’]s$/, '');
        count(counts, key, form, token.pos === 'VERB' && CUE_VERBS.has(fold(token.text)));
      }
  }
  const shown: string[] = [];
  for (const s of stems) {
    if (shown.length === limit) break;
    const entry = counts.get(s);
    if (entry && entry.speech * 2 > entry.uses) continue;
    const forms = [...(entry?.forms ?? [])];
    forms.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    shown.push(forms[0]?.[0] ?? s);
  }
  return shown;
}
