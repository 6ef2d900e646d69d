// How far a name's run extends from its first word: across initials, hyphens, possessives, connectors
// and labels inside a body's name, and where a person's name ends before "of" and a place or body.
import { type Doc, spacedAt, type Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { getModelWords } from '../../../text/wink.ts';
import { GIVEN_NAMES, NAME_CONNECTORS, NOT_NAMES } from '../data/given-names.ts';
import { BODIES_ON, LAW_TITLE_WORDS } from '../data/organizations.ts';
import { LEADING_PLACE_WORDS } from '../data/places.ts';
import { capitalPreposition, joinedAsWritten, NO_JOINED, syllableAfterHyphen } from './joiners.ts';
import { isOrgWord, isPlaceWord, PLACE_NAMES, titleOf } from './lexicon.ts';
import { isMisreadNameWord, isNameWord, UPPER, wordsOf } from './runs.ts';
import { findTitle } from './title-lookup.ts';
import { nameLike, typeName, unpersonalWord } from './types.ts';

/** A bare apostrophe after a plural ("Workers’"). */
const PLURAL_POSSESSIVE = new Set(['’', "'"]);

/** Extend a name from token i; returns one past its last token (`joined`: see names/joiners.ts). */
export function extendRun(doc: Doc, i: number, end: number, joined = NO_JOINED): number {
  const toks = doc.tokens;
  let j = i + 1;
  while (j < end) {
    const t = toks[j] as Tok;
    if (isNameWord(t) || isMisreadNameWord(doc, j)) {
      j++;
      continue;
    }
    const next = toks[j + 1];
    // "Maren A. Holt": a middle initial that is also a stop word ("A.", "I.") inside a name
    if (/^[A-Z]\.$/.test(t.text) && isNameWord(next)) {
      j++;
      continue;
    }
    const glued = !spacedAt(doc, j) && !spacedAt(doc, j + 1);
    if ((t.text === '-' || t.text === '‑') && glued && next && isNameWord(next)) {
      const before = foldName((toks[j - 1] as Tok).text);
      if (!PLACE_NAMES.has(before) && !PLACE_NAMES.has(foldName(next.text))) {
        j += 2;
        continue;
      }
    }
    // "Pak Sol-mi": a given name's lower-case syllable after a hyphen is a word of the name; it ends it
    if (j + 1 < end && syllableAfterHyphen(doc, i, j)) {
      j += 2;
      break;
    }
    // "the Harbour Transit Workers’ Union": a plural possessive before a body's word is inside its name
    if (PLURAL_POSSESSIVE.has(t.text) && !spacedAt(doc, j) && /s$/.test((toks[j - 1] as Tok).text)) {
      if (isNameWord(next) && isOrgWord((next as Tok).text)) {
        j += 2;
        continue;
      }
    }
    // "Ann Simpson of Fort Smith": a person's name ends before "of" and a place
    if (t.text === 'of' && next?.norm !== 'the' && personBefore(doc, i, j)) break;
    // "Capt. Tom Reyes of the Dunmore Police", "Tomas Ekwall of the Velmoor Library Workers Union": a
    // person's name ends before "of the" and a body
    if (
      t.text === 'of' &&
      next?.norm === 'the' &&
      (titledPersonBefore(doc, i, j) || personBeforeBody(doc, i, j))
    )
      break;
    // "Lumen In Motion": a capitalised preposition inside a name in running text (not "Lee In Talks"),
    // and "Lumen in Motion" where the story writes it so
    if ((capitalPreposition(doc, j) || joinedAsWritten(doc, j, joined)) && isNameWord(next) && j + 1 < end) {
      j += 2;
      continue;
    }
    // "the Institute for Wage Studies", "Council on Ageing": "for"/"on" after a body's word opens the rest of its name
    if ((t.text === 'for' || t.text === 'on') && j + 1 < end && bodyForName(doc, j, end)) {
      j += 2;
      continue;
    }
    if (NAME_CONNECTORS.has(t.text) && j + 1 < end) {
      if (t.text === 'of' && next?.norm === 'the' && isNameWord(toks[j + 2])) {
        j += 3;
        continue;
      }
      if (isNameWord(next)) {
        j += 2;
        continue;
      }
    }
    // "Holm & Reit": an ampersand between name words joins them always (a firm's name, names/types.ts)
    // (the word after is asked first: andJoins reads it, and "and" may end the text)
    if (isNameWord(next) && (t.text === '&' || (t.text === 'and' && andJoins(doc, i, j, end)))) {
      j += 2;
      continue;
    }
    const label = labelInName(doc, j, end);
    if (label > j) {
      j = label;
      continue;
    }
    break;
  }
  return j;
}

/** Parts of speech of the words of NOT_NAMES that are no label: articles, pronouns, auxiliaries. */
const NOT_LABEL_POS = new Set(['DET', 'PRON', 'AUX']);

/**
 * "The Santa Rosa Press Democrat", "the Arkansas Democrat-Gazette": a capitalised label word (a party, "Update")
 * inside a run of a body's name is a word of it: after a body's word at the run's end, or before a hyphen or a
 * connector and a run that ends in one. One past the words it adds, else `j`. A plural label after a body's
 * word names its members ("Senate Democrats"), not the body.
 */
function labelInName(doc: Doc, j: number, end: number): number {
  const t = doc.tokens[j] as Tok;
  if (!UPPER.test(t.text) || !NOT_NAMES.has(t.norm) || NOT_LABEL_POS.has(t.pos)) return j;
  const next = doc.tokens[j + 1];
  const joined =
    next && (next.text === 'and' || ((next.text === '-' || next.text === '‑') && !spacedAt(doc, j + 1)));
  if (joined && j + 2 < end && isNameWord(doc.tokens[j + 2])) {
    let k = j + 2;
    while (k < end && isNameWord(doc.tokens[k])) k++;
    return isOrgWord((doc.tokens[k - 1] as Tok).text) ? k : j;
  }
  const ends = !isNameWord(next) && !(next && next.text === '-' && !spacedAt(doc, j + 1));
  return ends && !t.norm.endsWith('s') && isOrgWord((doc.tokens[j - 1] as Tok).text) ? j + 1 : j;
}

/**
 * Whether the "for" or "on" at j joins a body's word before it to the name words after it ("Institute for
 * Wage Studies"; "on" after a council's or committee's word: "Council on Ageing", data/organizations.ts
 * BODIES_ON), not what a body is thanked for or where it is: a possessive after those words ("the Ferries
 * for Kestrel's help"), a person or a place first, another body's or a place's word last.
 */
function bodyForName(doc: Doc, j: number, end: number): boolean {
  const body = (doc.tokens[j - 1] as Tok).text;
  if (!isOrgWord(body) || !isNameWord(doc.tokens[j + 1])) return false;
  if ((doc.tokens[j] as Tok).text === 'on' && !BODIES_ON.has(body.toLowerCase())) return false;
  let k = j + 1;
  while (k < end && isNameWord(doc.tokens[k])) k++;
  const first = foldName((doc.tokens[j + 1] as Tok).text);
  const last = (doc.tokens[k - 1] as Tok).text;
  if (PLACE_NAMES.has(first) || GIVEN_NAMES.has(first) || isOrgWord(last) || isPlaceWord(last)) return false;
  return !/^['’]s?$/.test(doc.tokens[k]?.text ?? '');
}

/**
 * "Customs and Border Protection" is one name; "Texas and Arizona" is two. "and" joins a body's name only
 * where a body's word stands on one side: inside what a body is of ("National Union of Teachers and
 * Lecturers") it does not, since "the Ministry of Defence and Kestrel Marine" and "the Department of Health
 * and Doyle" name two parties (review43 of 0902ede8: that join swallowed a company and a person). A
 * law's title joins its words ("the Asylum and Borders Bill", data/organizations.ts LAW_TITLE_WORDS).
 */
function andJoins(doc: Doc, i: number, at: number, end: number): boolean {
  for (let k = i; k < at; k++) if (titleOf([(doc.tokens[k] as Tok).text])) return false;
  let k = at + 1;
  while (k < end && isNameWord(doc.tokens[k])) k++;
  // "the Dunmore Police and Capt. Tom Reyes": a title after "and" opens a person's name
  if (titleOf([(doc.tokens[at + 1] as Tok).text])) return false;
  const last = doc.tokens[k - 1] as Tok;
  // "the Asylum and Borders Bill": two or more name words after "and" that close a law's title; "the Clean
  // Air Act and Clean Water Act" are two laws (a law's word before "and" closes the first)
  const before = doc.tokens[at - 1] as Tok;
  if (LAW_TITLE_WORDS.has(last.norm) && LAW_TITLE_WORDS.has(before.norm)) return false;
  if (k - at > 2 && LAW_TITLE_WORDS.has(last.norm) && !isOrgWord(before.text)) return true;
  return (
    isOrgWord(last.text) || (doc.tokens[at - 1] !== undefined && isOrgWord((doc.tokens[at - 1] as Tok).text))
  );
}

/**
 * "Ann Simpson" before "of": a known given name, or a person's shape before a known place or a body
 * its words name, without a title.
 */
function personBefore(doc: Doc, i: number, j: number): boolean {
  const words = wordsOf(doc, i, j);
  if (words.length < 2 || !words.every(nameLike) || findTitle(doc, i, j)) return false;
  const after = foldName(doc.tokens[j + 1]?.text ?? '');
  return (
    GIVEN_NAMES.has(foldName(words[0] ?? '')) ||
    PLACE_NAMES.has(after) ||
    LEADING_PLACE_WORDS.has(after) ||
    firmAfter(doc, j)
  );
}

/**
 * "Mara Tollen of Harlow Water": the name words after the "of" at j (at most four) are an organisation
 * by their own words, or by a body's lower-case word right after them ("of the Save Orlen Pool
 * group"), so the person's shape before it is the person, and the firm her employer.
 */
export function firmAfter(doc: Doc, j: number): boolean {
  let k = j + 1;
  while (k < j + 5 && isNameWord(doc.tokens[k])) k++;
  if (k === j + 1) return false;
  const next = doc.tokens[k];
  if (next?.pos === 'NOUN' && !UPPER.test(next.text) && isOrgWord(next.text)) return true;
  return typeName(wordsOf(doc, j + 1, k), false).kind === 'organization';
}

/**
 * "Tomas Ekwall" before "of the Velmoor Library Workers Union": two or three words of a person's shape (no
 * title, place, body's or event's word; each tagged a proper noun; a known given name first, or else no
 * common word among them) before "of the" and a body its own words name. A body's unit ("Velmoor Chapter
 * of the National Nurses Union", "Karsby Division of the State Police Department") or a group ("Velmoor
 * Friends of the Library Trust") stays one name; "Ann Banks of the Harlow Teachers Union" is Ann Banks.
 * A known given name and a surname are a person before any body ("Rosa Kettlewick of the Friends of …").
 */
function personBeforeBody(doc: Doc, i: number, j: number): boolean {
  const words = wordsOf(doc, i, j);
  if (words.length < 2 || words.length > 3 || findTitle(doc, i, j)) return false;
  if (!words.every((w) => nameLike(w) && !unpersonalWord(w))) return false;
  // no known given name first: no word of the run a common word ("Chapter", "Branch", "Friends")
  const common = getModelWords();
  if (!GIVEN_NAMES.has(foldName(words[0] ?? '')) && words.some((w) => common.has(w.toLowerCase())))
    return false;
  for (let k = i; k < j; k++) if ((doc.tokens[k] as Tok).pos !== 'PROPN') return false;
  return firmAfter(doc, j + 1) || (words.length === 2 && GIVEN_NAMES.has(foldName(words[0] ?? '')));
}

/** "Senior Trooper Ann Lind" before "of": a title that opens the run, then a known given name and more. */
function titledPersonBefore(doc: Doc, i: number, j: number): boolean {
  const title = findTitle(doc, i, j);
  if (!title || title.at !== i || j - title.end < 2) return false;
  return GIVEN_NAMES.has(foldName((doc.tokens[title.end] as Tok).text));
}
