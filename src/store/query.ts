/**
 * Search text as the user typed it, read into terms both backends and the snippet maker share:
 * words (all required), "double-quoted" phrases, and a trailing `*` for a prefix. Every other
 * character is ignored, so no user text is query syntax.
 */

import { SEARCH_GRAMMAR_WORDS } from './data/grammar-words.ts';

/** One required term: a word or a phrase (its words in order), the last word a prefix when `prefix`. */
export interface QueryTerm {
  /** The term's words as typed (each a run of letters and digits). */
  readonly words: readonly string[];
  readonly prefix: boolean;
}

/** The words of a piece of text: runs of letters, digits and combining marks. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/**
 * The terms of a search text: text between double quotes is a phrase (an unclosed quote's tail is
 * read as plain words); other text splits at white space, a chunk ending in `*` is a prefix; a
 * chunk joining words by punctuation (`a:b`, `o'neill`) is a phrase of them, as the index reads it.
 * @example
 * parseQuery('bridge "main girder" repai*') // [{words:['bridge']}, {words:['main','girder']}, {words:['repai'], prefix:true}]
 */
export function parseQuery(text: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const parts = text.split('"');
  parts.forEach((part, index) => {
    if (index % 2 === 1 && index < parts.length - 1) {
      const words = wordsOf(part);
      if (words.length > 0) terms.push({ words, prefix: false });
      return;
    }
    for (const chunk of part.split(/\s+/)) {
      const words = wordsOf(chunk);
      if (words.length > 0) terms.push({ words, prefix: /[\p{L}\p{N}\p{M}]\*+$/u.test(chunk) });
    }
  });
  return terms;
}

// Written in capitals: letters, none of them lower case ("WHO", "U2"; not "Who", not "42").
const inCapitals = (word: string): boolean => word !== word.toLowerCase() && word === word.toUpperCase();

/**
 * Whether a query word is a grammar word typed in capitals, two letters or more: an acronym ("WHO",
 * "IT", "US"), which a snippet marks like any word, but only where the text too writes it in capitals
 * ("The WHO said", not "officials who spoke": {@link matchesCase}).
 */
export function cappedGrammarWord(word: string): boolean {
  return word.length >= 2 && inCapitals(word) && SEARCH_GRAMMAR_WORDS.has(word.toLowerCase());
}

/**
 * Whether a word of the text, as written, may be marked for a query word as typed: always, but for
 * an acronym of a grammar word ({@link cappedGrammarWord}), which the text must write in capitals.
 * (Their stems are compared apart.)
 * @example
 * matchesCase('WHO', 'who') // false
 */
export function matchesCase(queryWord: string, textWord: string): boolean {
  return !cappedGrammarWord(queryWord) || inCapitals(textWord);
}

/**
 * The terms a snippet marks: the query's terms but a lone grammar word ("the", "of"), which every text
 * holds, when some other term remains (one typed in capitals, "WHO", is an acronym: kept); a phrase
 * is marked whole ("close the border" marks "close" and "border", `"close the border"` the phrase).
 * The index still requires every term.
 * @example
 * markedTerms(parseQuery('close the border')) // [{words:['close']}, {words:['border']}]
 */
export function markedTerms(terms: readonly QueryTerm[]): readonly QueryTerm[] {
  const lone = (term: QueryTerm): boolean =>
    !term.prefix &&
    term.words.length === 1 &&
    SEARCH_GRAMMAR_WORDS.has((term.words[0] as string).toLowerCase()) &&
    !cappedGrammarWord(term.words[0] as string);
  const kept = terms.filter((term) => !lone(term));
  return kept.length > 0 ? kept : terms;
}
