import type { Doc, Tok } from '../../../text/annotated.ts';
import { PLACE_PREPOSITIONS } from '../../../text/data/prepositions.ts';
import { foldName } from '../../../text/normalise.ts';
import { NON_NAME_WORDS, NOT_NAMES } from '../data/given-names.ts';
import { EVENT_WORDS } from '../data/organizations.ts';
import { PLACE_NOUNS_AFTER, RESIDENT_NOUNS, STATE_ABBREVIATIONS } from '../data/places.ts';
import { CUE_VERBS } from '../data/speech.ts';
import { DEMONYMS, isPlaceWord, PLACE_NAMES } from './lexicon.ts';
import { isNameWord, OPENERS } from './runs.ts';

/** Whether the words around tokens a..b hint at a place: "in X", "residents of X", "X, Texas", "X's Harbour Bridge". */
export function placeByContext(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  const prev = toks[a - 1];
  const next = toks[b];
  const afterComma = next?.text === ',' ? toks[b + 1] : undefined;
  return (
    (prev !== undefined && PLACE_PREPOSITIONS.has(prev.norm) && toks[a - 2]?.norm !== 'according') ||
    (prev?.norm === 'of' && toks[a - 2] !== undefined && isPlaceWord((toks[a - 2] as Tok).norm)) ||
    (prev?.norm === 'of' && RESIDENT_NOUNS.has(toks[a - 2]?.norm ?? '')) ||
    (afterComma !== undefined &&
      PLACE_NAMES.has(foldName(afterComma.text)) &&
      !CUE_VERBS.has(toks[b + 2]?.norm ?? '')) ||
    (afterComma !== undefined && isStateAbbreviation(afterComma.text)) ||
    (next !== undefined && next.text === next.norm && PLACE_NOUNS_AFTER.has(next.norm)) ||
    (prev?.norm === 'of' && (toks[a - 2]?.text === ',' || isNameWord(toks[a - 2]))) ||
    ownsPlace(doc, b) ||
    inPlaceList(doc, a, b)
  );
}

/** Most names a list of places ("in Ashby, Orlin and Tam") is followed back over. */
// Only "in" and "near" open a list of places: "accounts from Rhodes and Lindqvist" lists people.
const LIST_PREPOSITIONS = new Set(['in', 'near']);
const PLACE_LIST_REACH = 6;

/**
 * "in Orlin, Pessick and Tam": a name in a list whose first name follows a place's preposition. The
 * name must be joined to the list ("and"/"or" before it, or a comma, "and" or "or" after it), so a
 * name after a place and a comma ("in Dunmore, Pessick said") is no list item, nor is one a speech verb
 * follows ("met leaders in Brask and Holm said …": Holm's clause).
 */
function inPlaceList(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  const joiner = (t: Tok | undefined) => t?.norm === 'and' || t?.norm === 'or';
  if (!joiner(toks[a - 1]) && !(toks[a - 1]?.text === ',' && (toks[b]?.text === ',' || joiner(toks[b]))))
    return false;
  // "in Brask and Holm said …": the subject of a speech verb, a clause of its own, not a list's place
  if (toks[b]?.pos === 'VERB' && CUE_VERBS.has(toks[b]?.norm ?? '')) return false;
  let k = a - 1;
  for (let step = 0; step < PLACE_LIST_REACH; step++) {
    if (joiner(toks[k])) k--;
    if (toks[k]?.text === ',') k--;
    // the item before: its name words, then what stands before them
    let j = k;
    while (j >= 0 && isNameWord(toks[j])) j--;
    if (j === k) return false;
    const before = toks[j];
    if (before && LIST_PREPOSITIONS.has(before.norm)) return true;
    if (before?.text !== ',' && !joiner(before)) return false;
    k = j;
  }
  return false;
}

/** "Ark.", "Calif.", "N.C.", "AZ": a US state as written after a town. */
export function isStateAbbreviation(word: string): boolean {
  return STATE_ABBREVIATIONS.has(word.replace(/\./g, ''));
}

/** Longest name after a possessive that `ownsPlace` reads. */
const OWNED_NAME_REACH = 5;

/** "X's Kestrel Harbour Bridge": a name that owns a place or facility is a place itself. */
function ownsPlace(doc: Doc, b: number): boolean {
  const toks = doc.tokens;
  if (toks[b]?.text !== '’s' && toks[b]?.text !== "'s") return false;
  let k = b + 1;
  while (k < b + 1 + OWNED_NAME_REACH && isNameWord(toks[k])) k++;
  return k > b + 1 && isPlaceWord((toks[k - 1] as Tok).text);
}

const PLURAL_NAME = /\p{Ll}s$/u;

/** "the Saints", "the Tar Heels": a capitalised plural after "the" names a team or a group, not a person. */
export function pluralAfterThe(doc: Doc, a: number, words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (doc.tokens[a - 1]?.norm !== 'the' || !PLURAL_NAME.test(last) || last.endsWith('ss')) return false;
  // a quoted title ("'The Hunger Games'") or an event ("the Academy Awards") is no body
  if (OPENERS.has(doc.tokens[a - 2]?.text ?? '') || EVENT_WORDS.has(last.toLowerCase())) return false;
  // a name that modifies a noun ("the Christmas party") is no team either
  if (doc.tokens[a + words.length]?.pos === 'NOUN') return false;
  const f = foldName(words.join(' '));
  return (
    !PLACE_NAMES.has(f) &&
    !DEMONYMS.has(f) &&
    !NOT_NAMES.has(f) &&
    !NON_NAME_WORDS.has(f) &&
    !isPlaceWord(last)
  );
}
