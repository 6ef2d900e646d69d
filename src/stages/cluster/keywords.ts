import { stem } from '../../text/normalise.ts';
import { KEYWORD_SCAN_ARTICLES, KEYWORD_SCAN_CHARS } from './patterns.ts';

/** What a keyword's written forms are read from: an article's headline and text. */
export interface KeywordSource {
  readonly article: { readonly title: string | null; readonly text: string };
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

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
  for (const source of sources.slice(0, KEYWORD_SCAN_ARTICLES)) {
    const { title, text } = source.article;
    for (const part of [title ?? '', text.slice(0, KEYWORD_SCAN_CHARS)]) {
      for (const match of part.matchAll(WORD)) {
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
