import { GRAMMAR_WORDS } from '../../text/data/grammar-words.ts';

// A search for "close the border" finds "the" in every text, so a snippet marks a grammar word only
// when grammar words are all the query has or inside a quoted phrase: the shared English grammar words
// (text/data/grammar-words.ts), and "not" and "no".

/** The grammar words a snippet leaves unmarked, lower case, unaccented (as `foldWord` gives them). */
export const SEARCH_GRAMMAR_WORDS: ReadonlySet<string> = new Set([...GRAMMAR_WORDS, 'not', 'no']);
