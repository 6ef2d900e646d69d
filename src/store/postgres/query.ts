import { parseQuery, type QueryTerm } from '../query.ts';
import { searchStem } from '../search-stems.ts';

/**
 * A search text as a PostgreSQL `tsquery` expression. The text is read by the reader both backends
 * share (src/store/query.ts: words all required, "phrases", `prefix*`, punctuation-joined words a
 * phrase), and every word is quoted, so no input can break the query's syntax.
 */

// A word as a tsquery operand: quoted (it holds only letters, digits and marks), folded and stemmed
// as the index holds it (search-stems.ts); the text search configuration folds what is left of its
// diacritics as it folded the indexed text's.
const operand = (word: string, prefix: boolean): string => `'${searchStem(word)}'${prefix ? ':*' : ''}`;

/** One term as a tsquery: a word, or a phrase of words that must follow each other. */
function termQuery(term: QueryTerm): string {
  const last = term.words.length - 1;
  const words = term.words.map((word, i) => operand(word, term.prefix && i === last));
  return words.length === 1 ? (words[0] as string) : `(${words.join(' <-> ')})`;
}

/**
 * The `to_tsquery` text for a search text, or null when it has no word.
 * @example
 * toTsQuery('"harbour bridges" crack*') // "('harbour' <-> 'bridg') & 'crack':*"
 */
export function toTsQuery(query: string): string | null {
  const terms = parseQuery(query.normalize('NFC'));
  return terms.length === 0 ? null : terms.map(termQuery).join(' & ');
}
