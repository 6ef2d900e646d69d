import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { GIVEN_NAMES, NAME_PREPOSITIONS } from '../data/given-names.ts';
import { ROLE_DOMAINS, TITLES } from '../data/titles.ts';
import { titleAtKey, titleKey, titleOf } from './lexicon.ts';

// split once: a department is matched word by word against the tokens after "of"
const DOMAIN_WORDS = ROLE_DOMAINS.map((d) => d.split(' '));

/** Where a title starts in the run and where it ends (after "of State" and the like), or null. */
export function findTitle(doc: Doc, a: number, b: number): { at: number; end: number; role: string } | null {
  let found: { at: number; end: number; role: string } | null = null;
  for (let k = a; k < b; k++) {
    const next = k + 1 < b ? (doc.tokens[k + 1] as Tok).text : undefined;
    const title = titleAtKey(titleKey((doc.tokens[k] as Tok).text), next);
    if (title === null) continue;
    const { role, two } = title;
    let end = k + (two ? 2 : 1);
    if ((doc.tokens[end] as Tok | undefined)?.text === 'of')
      end = domainEnd(doc, end + 1, b) ?? otherDomainEnd(doc, end + 1, b) ?? end;
    found = { at: k, end, role };
    if (two) k++;
  }
  return found;
}

/** Where a role's department ends after "Secretary of" ("State", "Homeland Security"), if it is a known one. */
export function domainEnd(doc: Doc, k: number, b: number): number | undefined {
  let best: number | undefined;
  for (const words of DOMAIN_WORDS) {
    if (k + words.length > b) continue;
    if (words.every((w, n) => (doc.tokens[k + n] as Tok).norm === w)) {
      if (best === undefined || k + words.length > best) best = k + words.length;
    }
  }
  return best;
}

const CAPITAL = /^\p{Lu}/u;
/** Fewest words after "of" that hold a department unknown to the list and a two-word name. */
const DOMAIN_AND_NAME = 3;

/**
 * Where a department the list does not know ends after "Chief of" ("Detectives", "Police"), when a name
 * follows it: at its first given name ("Chief of Detectives Charlie Moss"), else before its last two words
 * ("Chief of Police Orvald Fenmark"); a lone word is the department ("Chief of Police"), and so are words
 * whose last two do not open with a capital ("General of the Archdiocese of Mobile") or open with a preposition
 * ("Vice President of Lumen In Motion"); else undefined.
 */
function otherDomainEnd(doc: Doc, k: number, b: number): number | undefined {
  if (b - k === 1) return b;
  if (b - k < DOMAIN_AND_NAME) return undefined;
  for (let g = k + 1; g < b - 1; g++) if (GIVEN_NAMES.has(foldName((doc.tokens[g] as Tok).text))) return g;
  // "Vice President of Lumen In Motion": no name opens with a preposition ("In Motion"), the words are a body's
  const opening = doc.tokens[b - 2] as Tok;
  return CAPITAL.test(opening.text) && !NAME_PREPOSITIONS.has(opening.norm) ? b - 2 : b;
}

/** The role a lower-case word just before the name gives ("spokesperson John Kirby"). */
export function roleBefore(doc: Doc, a: number): string | null {
  for (let k = a - 1; k >= Math.max(0, a - 2); k--) {
    const t = doc.tokens[k] as Tok;
    if (sentenceOf(doc, k) !== sentenceOf(doc, a)) break;
    const role = TITLES[t.norm];
    if (role) return role;
    // "council member Adaeze Moreau", "city manager Felix Darrow": a title of two words
    const prev = doc.tokens[k - 1];
    if (prev && sentenceOf(doc, k - 1) === sentenceOf(doc, a)) {
      const two = titleOf([prev.text, t.text]);
      if (two) return two;
    }
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
  }
  return null;
}
