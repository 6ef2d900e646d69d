/**
 * A user's search text, read so that no input can break the query: words are runs of letters, marks
 * and digits, all of them required; `"quoted words"` must follow each other; a word ending in `*`
 * matches as a prefix; every other character is ignored.
 */

// A word, with the `*` that may follow it; a double quote opens or closes a phrase.
const TOKEN = /"|([\p{L}\p{M}\p{N}]+)(\*)?/gu;

/** One word of a query: its text (lower-cased) and whether it is a prefix. */
export interface QueryWord {
  readonly text: string;
  readonly prefix: boolean;
}

/** A query as groups of words: each group is a word alone, or a phrase. */
export type ParsedQuery = readonly (readonly QueryWord[])[];

/** Read a search text into its words and phrases (none for text without a word). */
export function parseQuery(query: string): ParsedQuery {
  const groups: QueryWord[][] = [];
  let phrase: QueryWord[] | null = null;
  for (const match of query.normalize('NFC').matchAll(TOKEN)) {
    if (match[0] === '"') {
      if (phrase !== null && phrase.length > 0) groups.push(phrase);
      phrase = phrase === null ? [] : null;
      continue;
    }
    const word = { text: (match[1] as string).toLowerCase(), prefix: match[2] !== undefined };
    if (phrase === null) groups.push([word]);
    else phrase.push(word);
  }
  if (phrase !== null && phrase.length > 0) groups.push(phrase);
  return groups;
}

/**
 * The `to_tsquery` text for `query` (its words still to be folded by the text search configuration),
 * or null when it has no word.
 * @example
 * toTsQuery('"harbour bridge" crack*') // "('harbour' <-> 'bridge') & 'crack':*"
 */
export function toTsQuery(query: string): string | null {
  const operand = (word: QueryWord) => `'${word.text}'${word.prefix ? ':*' : ''}`;
  const parts = parseQuery(query).map((group) =>
    group.length === 1 ? operand(group[0] as QueryWord) : `(${group.map(operand).join(' <-> ')})`,
  );
  return parts.length === 0 ? null : parts.join(' & ');
}
