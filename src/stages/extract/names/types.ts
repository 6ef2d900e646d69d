import { foldName } from '../../../text/normalise.ts';
import { getModelWords } from '../../../text/wink.ts';
import { GIVEN_NAMES, NON_NAME_WORDS } from '../data/given-names.ts';
import { EVENT_WORDS, KNOWN_ORGANIZATIONS, TRADE_HEADS, WORKS_HEADS } from '../data/organizations.ts';
import { LEADING_PLACE_WORDS, STREET_HEADS } from '../data/places.ts';
import { COMMON_SURNAMES, WORD_SURNAMES } from '../data/surnames.ts';
import { ACRONYM } from '../patterns.ts';
import { DEMONYMS, isOrgWord, isPlaceAcronym, isPlaceWord, PLACE_NAMES } from './lexicon.ts';

/** The kind a name is given in its article, before the story's aliases settle it. */
export type NameKind = 'person' | 'organization' | 'place' | 'unknown';

/** The canonical place a name or demonym stands for, if the gazetteer knows it. */
export function placeOf(words: readonly string[]): string | undefined {
  const key = foldName(words.join(' ')).replace(/^the /, '');
  return PLACE_NAMES.get(key) ?? DEMONYMS.get(key);
}

const KNOWN_ORGS: ReadonlySet<string> = new Set([...KNOWN_ORGANIZATIONS].map(foldName));

/** A word that may be part of a person's name: not a number, a place, an acronym or a common capitalised word. */
export function nameLike(word: string): boolean {
  const f = foldName(word);
  return (
    !/\d/.test(word) &&
    !ACRONYM.test(word) &&
    !PLACE_NAMES.has(f) &&
    !NON_NAME_WORDS.has(f) &&
    !EVENT_WORDS.has(f) &&
    !isOrgWord(word)
  );
}

/** A capitalised word that is seldom part of a person's name: "Festival", "National", "Security". */
export function unpersonalWord(word: string): boolean {
  const f = foldName(word);
  return EVENT_WORDS.has(f) || NON_NAME_WORDS.has(f);
}

/**
 * Type a name by its words: organisation words, gazetteer places, place words, titles, given names.
 * `clause`: the words are a headline's clause (names/context-org.ts `headlineClause`), so a place
 * leading them leads no body ("Tarvonia Rejects Biased Kestrel Report").
 */
export function typeName(
  words: readonly string[],
  titled: boolean,
  clause = false,
): { kind: NameKind; strong: boolean } {
  const last = words[words.length - 1] ?? '';
  const folded = foldName(words.join(' '));
  const place = PLACE_NAMES.get(folded.replace(/^the /, ''));
  if (words.length === 1 && ACRONYM.test(last)) {
    return isPlaceAcronym(last) || place
      ? { kind: 'place', strong: true }
      : { kind: 'organization', strong: true };
  }
  if (!titled && KNOWN_ORGS.has(folded)) return { kind: 'organization', strong: true };
  // "Holm & Reit", "Marsh & Lowe": names joined by an ampersand are a firm's, never one person's
  if (!titled && words.length > 2 && words.includes('&')) return { kind: 'organization', strong: true };
  // "Democrat-Gazette": a body's word may end a hyphened word
  if ((words.some((w) => isOrgWord(w)) || isOrgWord(last.split(/[-‑]/).at(-1) ?? '')) && !titled) {
    // a facility ("Betty Ford Center") is a place even though "center" also names bodies
    return isPlaceWord(last) ? { kind: 'place', strong: true } : { kind: 'organization', strong: true };
  }
  if (place && !titled) return { kind: 'place', strong: true };
  if (!titled && words.length > 1 && LEADING_PLACE_WORDS.has(foldName(words[0] ?? '')))
    return { kind: 'place', strong: true };
  if (isPlaceWord(last) && !titled && words.length > 1) return { kind: 'place', strong: true };
  // "Harbour Lane", "Quayside Row": a street's, as "Station Road" is; not "Ellen Lane", a given name's
  if (
    !titled &&
    words.length > 1 &&
    STREET_HEADS.has(last.toLowerCase()) &&
    !GIVEN_NAMES.has(foldName(words[0] ?? ''))
  )
    return { kind: 'place', strong: true };
  if (titled) return { kind: 'person', strong: true };
  // "Holm Steelworks", "Ostby Mills": a works is a business, not a person ("Heather Mills" is one)
  if (words.length > 1 && WORKS_HEADS.has(last.toLowerCase()) && !GIVEN_NAMES.has(foldName(words[0] ?? '')))
    return { kind: 'organization', strong: true };
  if (placeLed(words) !== undefined)
    return clause ? { kind: 'unknown', strong: false } : { kind: 'organization', strong: true };
  const of = words.indexOf('of');
  if (of > 0) {
    // "Gulf of Aden", "Bank of America": a person's name has no "of"
    if (words.slice(0, of).some((w) => isPlaceWord(w))) return { kind: 'place', strong: true };
    return { kind: 'unknown', strong: false };
  }
  // "Harl Energy": a trade's word ends a firm's name even where it is seldom a word of a person's
  const trade = TRADE_HEADS.has(last.toLowerCase());
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w, k) => nameLike(w) || (trade && k === words.length - 1))
  ) {
    const given = GIVEN_NAMES.has(foldName(words[0] ?? ''));
    // "Velden Coatings", "Orsk Mining": a firm named by a name and what it makes or does
    if (!given && tradeNoun(last)) return { kind: 'organization', strong: false };
    return { kind: 'person', strong: given };
  }
  return { kind: 'unknown', strong: false };
}

/**
 * Whether a name's last word is a common noun of goods or a trade, never a surname: a plural of a word
 * of the English lexicon ("Coatings", "Plastics", "Boxes"), a word of it in -ing or -ics ("Mining",
 * "Logistics") or a utility's or trade's word (data/organizations.ts TRADE_HEADS: "Water", "Energy"), not a common surname ("Woods", "Mills") nor one that is such a word ("Banks", "Gates",
 * "Manning": data/surnames.ts WORD_SURNAMES): no one is named "Coatings".
 */
export function tradeNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Ll}{4,}$/u.test(w) || COMMON_SURNAMES.has(w) || WORD_SURNAMES.has(w)) return false;
  if (TRADE_HEADS.has(w)) return true;
  const model = getModelWords();
  if (/(?:ing|ics)$/.test(w)) return model.has(w);
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  return model.has(w.slice(0, -1)) || (w.endsWith('es') && model.has(w.slice(0, -2)));
}

/**
 * How many leading words of a name are a gazetteer place when the rest names a body of that place
 * ("Kansas City Chiefs", "Boston Red Sox"), else undefined; a leading given name ("Paris Hilton") or
 * an event word ("Boston Marathon") says otherwise.
 */
export function placeLed(words: readonly string[]): number | undefined {
  if (words.length < 2 || GIVEN_NAMES.has(foldName(words[0] ?? ''))) return undefined;
  for (let p = Math.min(3, words.length - 1); p >= 1; p--) {
    if (!PLACE_NAMES.has(foldName(words.slice(0, p).join(' ')))) continue;
    const rest = words.slice(p);
    const body = rest.every(
      (w) =>
        /^[\p{Lu}\d]/u.test(w) &&
        !EVENT_WORDS.has(w.toLowerCase()) &&
        !isPlaceWord(w) &&
        !PLACE_NAMES.has(foldName(w)) &&
        !DEMONYMS.has(foldName(w)),
    );
    return body ? p : undefined;
  }
  return undefined;
}
