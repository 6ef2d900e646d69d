import { IRREGULAR_FORMS } from '../../text/data/word-forms.ts';
import { stem } from '../../text/normalise.ts';
import { KEYWORD_SCAN_ARTICLES, KEYWORD_SCAN_CHARS } from './patterns.ts';

/** What a keyword's written forms are read from: an article's headline and text. */
export interface KeywordSource {
  readonly article: { readonly title: string | null; readonly text: string };
}

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

/**
 * A story's keywords as readers write them: each stem (the grouping's term, "bridg") shown as the
 * form of it its articles use most ("bridge"), read from the titles and openings of up to
 * `KEYWORD_SCAN_ARTICLES` articles; a stem none of them spells stays as it is.
 * @example
 * keywordForms(['bridg'], [{ article: { title: 'Bridge shut', text: '' } }]) // ["bridge"]
 */
export function keywordForms(stems: readonly string[], sources: readonly KeywordSource[]): string[] {
  const wanted = new Set(stems);
  const counts = new Map<string, Map<string, number>>();
  const initials = stemInitials(stems);
  for (const source of sources.slice(0, KEYWORD_SCAN_ARTICLES)) {
    const { title, text } = source.article;
    for (const part of [title ?? '', text.slice(0, KEYWORD_SCAN_CHARS)]) {
      for (let start = nextWordStart(part, 0), end = 0; start >= 0; start = nextWordStart(part, end)) {
        end = wordEnd(part, start);
        const initial = asciiInitial(part.charCodeAt(start));
        if (initial >= 0 && !initials.has(initial)) continue;
        const form = part
          .slice(start, end)
          .toLowerCase()
          .replace(/['’]s$/, '');
        const key = stem(form);
        if (!wanted.has(key)) continue;
        const forms = counts.get(key) ?? new Map<string, number>();
        forms.set(form, (forms.get(form) ?? 0) + 1);
        counts.set(key, forms);
      }
    }
  }
  return stems.map((s) => {
    const forms = [...(counts.get(s) ?? [])];
    forms.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    return forms[0]?.[0] ?? s;
  });
}
