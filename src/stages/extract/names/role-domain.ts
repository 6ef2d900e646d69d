import type { Doc, Tok } from '../../../text/annotated.ts';
import { ROLE_NOUNS, TITLES } from '../data/titles.ts';
import { isOrgWord } from './lexicon.ts';
import { isNameWord } from './runs.ts';

const WORD = /^\p{L}/u;

/**
 * Whether the run a..b is the one word that opens its sentence, a body's common word ("Union",
 * "Council", "Police"), before a lower-case role and a name: "Union boss Marta Kolding", "Council
 * leader Rasmus Otterby". The capital is the sentence's, the word the role's domain (as "union boss"
 * mid-sentence), no body's name. A name that is no common word stays one ("Apple chief Tim Cook").
 */
export function roleDomainAt(doc: Doc, a: number, b: number, first: number): boolean {
  const [word, role] = [doc.tokens[a] as Tok, doc.tokens[b]];
  if (b - a !== 1 || !isOrgWord(word.text) || !role || role.text !== role.norm) return false;
  if (TITLES[role.norm] === undefined && !ROLE_NOUNS.has(role.norm)) return false;
  // it opens the sentence (after its opening quote marks, if any)
  return isNameWord(doc.tokens[b + 1]) && !doc.tokens.slice(first, a).some((t) => WORD.test(t.text));
}
