import { createRequire } from 'node:module';
import { ASCII_WORD, UNACCENT_LETTERS } from './patterns.ts';
import type { QueryTerm } from './query.ts';

/**
 * The words search compares by: each word's stem (Porter's English stemmer, revised: "resigned",
 * "resigns" and "resignation" are all "resign"), the same at ingest and at query and on both
 * backends, computed here so SQLite and PostgreSQL index and look up the very same terms. The
 * indexes hold the stemmed text; the stored text is the article's own.
 */

// wink's English model ships the stemmer (Porter2, the one PostgreSQL's `english_stem` follows);
// loaded on first use.
type Stemmer = (word: string) => string;
let porter: Stemmer | undefined;

const CACHE_LIMIT = 100_000;
const STEMS = new Map<string, string>();
const STEMMABLE = /^[a-z]{3,}$/;
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * A word folded as PostgreSQL's `unaccent` folds it: lower case, without diacritics, the letters
 * that do not decompose spelt out ("ø" o, "ß" ss).
 */
export function foldWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[æœøßłđðþı]/g, (letter) => UNACCENT_LETTERS[letter] ?? letter);
}

/**
 * A word as search indexes it: folded (case, diacritics: {@link foldWord}), then stemmed when it is plain letters of
 * three or more (a number, a code like "b52" or a short word is kept as folded).
 * @example
 * searchStem('Resignation') // "resign"
 */
export function searchStem(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    const folded = foldWord(word);
    porter ??= createRequire(import.meta.url)('wink-eng-lite-web-model/dist/porter-stemmer.js') as Stemmer;
    stem = STEMMABLE.test(folded) ? porter(folded) : folded;
    if (STEMS.size >= CACHE_LIMIT) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

/**
 * A text as the search index reads it: every word replaced by its stem, everything between words
 * kept, so words keep their places (phrases) and the index's own tokenizer splits it as before.
 * @example
 * stemmedText('Halloway resigned, aides said.') // "halloway resign, aid said."
 */
export function stemmedText(text: string): string {
  return text.replace(WORD_RUN, searchStem);
}

/** A search text's terms with each word stemmed as the index holds it (a prefix too: "bridges*" finds "bridge"). */
export function stemmedTerms(terms: readonly QueryTerm[]): QueryTerm[] {
  return terms.map((term) => ({ ...term, words: term.words.map(searchStem) }));
}
