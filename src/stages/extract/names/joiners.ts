import { type Doc, sentenceOf, spacedAt, type Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { NAME_PREPOSITIONS } from '../data/given-names.ts';
import { HYPHEN_SUFFIXES } from '../data/hyphen-words.ts';

// A body's name that holds a preposition ("Lumen In Motion") is written with it in lower case too
// ("Lumen in Motion"), where the preposition would end the name and the word after it read as a
// place ("Motion"). The story's running text tells which: a preposition it capitalises between two
// capitalised words is a word of a name, and the same three words with it in lower case are that name.

const CAPITALISED = /^\p{Lu}\p{L}*$/u;

/**
 * Whether token t is a preposition capitalised as a word of a name ("Kestrel In Motion"), in running
 * text: a Title-Case line capitalises every word.
 */
export function capitalPreposition(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Tok;
  // (asked of every token: most open with an ASCII character that is no capital, read without a look-up)
  const c = t.text.charCodeAt(0);
  if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) return false;
  return (
    NAME_PREPOSITIONS.has(t.norm) && /^\p{Lu}/u.test(t.text) && !doc.sentences[sentenceOf(doc, k)]?.titleCase
  );
}

/** No names joined: for an article read without its story. */
export const NO_JOINED: ReadonlySet<string> = new Set();

// The three words around the preposition at k, folded: "lumen in motion".
const tripleAt = (doc: Doc, k: number): string =>
  `${foldName(doc.tokens[k - 1]?.text ?? '')} ${(doc.tokens[k] as Tok).norm} ${foldName(doc.tokens[k + 1]?.text ?? '')}`;

/**
 * The names the story's running text writes with a capitalised preposition between two capitalised
 * words ("Lumen In Motion", not in a Title-Case headline), as their three folded words.
 * @example
 * capitalJoinedNames([annotate(articleFromText('a', 'Lumen In Motion said so.'))]) // Set { 'lumen in motion' }
 */
export function capitalJoinedNames(docs: readonly Doc[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const doc of docs)
    for (let k = 0; k < doc.tokens.length; k++) {
      if (!capitalPreposition(doc, k)) continue;
      const [before, after] = [doc.tokens[k - 1], doc.tokens[k + 1]];
      if (before && after && CAPITALISED.test(before.text) && CAPITALISED.test(after.text))
        out.add(tripleAt(doc, k));
    }
  return out;
}

/** Whether the lower-case preposition at k joins words the story writes as one name (`capitalJoinedNames`). */
export function joinedAsWritten(doc: Doc, k: number, joined: ReadonlySet<string>): boolean {
  const t = doc.tokens[k] as Tok;
  return joined.size > 0 && NAME_PREPOSITIONS.has(t.text) && joined.has(tripleAt(doc, k));
}

// A syllable of a given name: a few lower-case letters holding a vowel ("mi", "ra", "in", "gwon").
const SYLLABLE = /^(?=[a-z]*[aeiouy])[a-z]{1,5}$/;
// The syllable before the hyphen: capitalised, as short ("Sol", "Hye").
const GIVEN_SYLLABLE = /^[A-Z](?=[a-z]*[aeiouy])[a-z]{1,4}$/;

/**
 * Whether the hyphen at token k, inside a run of at least two name words from token i, joins the
 * lower-case syllable after it to the name ("Pak Sol-mi": the given name is "Sol-mi"), not a word
 * that describes the name ("Vessmark-born", "Norhaven-based": data/hyphen-words.ts).
 */
export function syllableAfterHyphen(doc: Doc, i: number, k: number): boolean {
  const [t, next, after] = [doc.tokens[k] as Tok, doc.tokens[k + 1], doc.tokens[k + 2]];
  if ((t.text !== '-' && t.text !== '‑') || spacedAt(doc, k) || k - i < 2) return false;
  // the hyphen joins two syllables of one given name ("Sol-mi"), not a long word to a stray word ("Pellworth-was")
  if (!GIVEN_SYLLABLE.test((doc.tokens[k - 1] as Tok).text)) return false;
  if (!next || spacedAt(doc, k + 1) || !SYLLABLE.test(next.text) || HYPHEN_SUFFIXES.has(next.text))
    return false;
  // "Sol-mi-based": a word glued after the syllable makes it no name's end
  return !after || spacedAt(doc, k + 2) || !/^[\p{L}\p{N}-]/u.test(after.text);
}
