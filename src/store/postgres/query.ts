/**
 * A user's search text as a PostgreSQL `tsquery` expression, built so that no input can break its
 * syntax: words are runs of letters, marks and digits, all of them required; `"quoted words"` must
 * follow each other; a word ending in `*` matches as a prefix; every other character is ignored.
 */

// A word, with the `*` that may follow it; a double quote opens or closes a phrase.
const TOKEN = /"|([\p{L}\p{M}\p{N}]+)(\*)?/gu;

/**
 * The `to_tsquery` text for `query` (its words still to be folded by the text search configuration),
 * or null when it has no word.
 * @example
 * toTsQuery('"harbour bridge" crack*') // "('harbour' <-> 'bridge') & 'crack':*"
 */
export function toTsQuery(query: string): string | null {
  const parts: string[] = [];
  let phrase: string[] | null = null;
  const closePhrase = (): void => {
    if (phrase !== null && phrase.length > 0)
      parts.push(phrase.length === 1 ? (phrase[0] as string) : `(${phrase.join(' <-> ')})`);
    phrase = null;
  };
  for (const match of query.normalize('NFC').matchAll(TOKEN)) {
    if (match[0] === '"') {
      if (phrase === null) phrase = [];
      else closePhrase();
      continue;
    }
    const operand = `'${(match[1] as string).toLowerCase()}'${match[2] === undefined ? '' : ':*'}`;
    if (phrase === null) parts.push(operand);
    else phrase.push(operand);
  }
  closePhrase();
  return parts.length === 0 ? null : parts.join(' & ');
}
