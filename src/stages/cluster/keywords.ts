import { IRREGULAR_FORMS } from '../../text/data/word-forms.ts';
import { stem } from '../../text/normalise.ts';
import { KEYWORD_SCAN_ARTICLES, KEYWORD_SCAN_CHARS } from './patterns.ts';

/** What a keyword's written forms are read from: an article's headline and text. */
export interface KeywordSource {
  readonly article: { readonly title: string | null; readonly text: string };
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

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

// The lower-cased first letter of a word when it is a-z (or A-Z), else -1.
function asciiInitial(word: string): number {
  const c = word.charCodeAt(0) | 0x20;
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
      for (const match of part.matchAll(WORD)) {
        const initial = asciiInitial(match[0]);
        if (initial >= 0 && !initials.has(initial)) continue;
        const form = match[0].toLowerCase().replace(/['’]s$/, '');
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
