import { GIVEN_NAMES, NON_NAME_WORDS } from './data/given-names.ts';
import {
  EVENT_WORDS,
  KNOWN_ORGANIZATIONS,
  ORG_APPOSITION_NOUNS,
  ORG_NOUNS_AFTER,
  ORG_NOUNS_BEFORE,
  STOCK_EXCHANGES,
  TEAM_CONTEXT_BEFORE,
} from './data/organizations.ts';
import { LEADING_PLACE_WORDS } from './data/places.ts';
import { CUE_VERBS } from './data/speech.ts';
import { ROLE_DOMAINS, TITLES } from './data/titles.ts';
import { type Doc, fold, type Tok } from './doc.ts';
import {
  DEMONYMS,
  isHonorific,
  isOrgWord,
  isPlaceAcronym,
  isPlaceWord,
  PLACE_NAMES,
  titleOf,
} from './lexicon.ts';
import { ACRONYM } from './patterns.ts';

/** The kind a name is given in its article, before the story's aliases settle it. */
export type NameKind = 'person' | 'organization' | 'place' | 'unknown';

const DOMAIN_WORDS = ROLE_DOMAINS.map((d) => d.split(' '));

/** Where a title starts in the run and where it ends (after "of State" and the like), or null. */
export function findTitle(doc: Doc, a: number, b: number): { at: number; end: number; role: string } | null {
  let found: { at: number; end: number; role: string } | null = null;
  for (let k = a; k < b; k++) {
    const w = (doc.tokens[k] as Tok).text;
    const two = k + 1 < b ? titleOf([w, (doc.tokens[k + 1] as Tok).text]) : undefined;
    const role = two ?? titleOf([w]) ?? (isHonorific(w) ? '' : undefined);
    if (role === undefined) continue;
    let end = k + (two ? 2 : 1);
    if ((doc.tokens[end] as Tok | undefined)?.text === 'of') end = domainEnd(doc, end + 1, b) ?? end;
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

/** The canonical place a name or demonym stands for, if the gazetteer knows it. */
export function placeOf(words: readonly string[]): string | undefined {
  const key = fold(words.join(' ')).replace(/^the /, '');
  return PLACE_NAMES.get(key) ?? DEMONYMS.get(key);
}

const KNOWN_ORGS: ReadonlySet<string> = new Set([...KNOWN_ORGANIZATIONS].map(fold));

/** A word that may be part of a person's name: not a number, a place, an acronym or a common capitalised word. */
export function nameLike(word: string): boolean {
  const f = fold(word);
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
  const f = fold(word);
  return EVENT_WORDS.has(f) || NON_NAME_WORDS.has(f);
}

/** Type a name by its words: organisation words, gazetteer places, place words, titles, given names. */
export function typeName(words: readonly string[], titled: boolean): { kind: NameKind; strong: boolean } {
  const last = words[words.length - 1] ?? '';
  const place = PLACE_NAMES.get(fold(words.join(' ')).replace(/^the /, ''));
  if (words.length === 1 && ACRONYM.test(last)) {
    return isPlaceAcronym(last) || place
      ? { kind: 'place', strong: true }
      : { kind: 'organization', strong: true };
  }
  if (!titled && KNOWN_ORGS.has(fold(words.join(' ')))) return { kind: 'organization', strong: true };
  if (words.some((w) => isOrgWord(w)) && !titled) {
    // a facility ("Betty Ford Center") is a place even though "center" also names bodies
    return isPlaceWord(last) ? { kind: 'place', strong: true } : { kind: 'organization', strong: true };
  }
  if (place && !titled) return { kind: 'place', strong: true };
  if (!titled && words.length > 1 && LEADING_PLACE_WORDS.has(fold(words[0] ?? '')))
    return { kind: 'place', strong: true };
  if (isPlaceWord(last) && !titled && words.length > 1) return { kind: 'place', strong: true };
  if (titled) return { kind: 'person', strong: true };
  if (placeLed(words) !== undefined) return { kind: 'organization', strong: true };
  const of = words.indexOf('of');
  if (of > 0) {
    // "Gulf of Aden", "Bank of America": a person's name has no "of"
    if (words.slice(0, of).some((w) => isPlaceWord(w))) return { kind: 'place', strong: true };
    return { kind: 'unknown', strong: false };
  }
  if (words.length >= 2 && words.length <= 4 && words.every(nameLike)) {
    return { kind: 'person', strong: GIVEN_NAMES.has(fold(words[0] ?? '')) };
  }
  return { kind: 'unknown', strong: false };
}

/**
 * How many leading words of a name are a gazetteer place when the rest names a body of that place
 * ("Kansas City Chiefs", "Boston Red Sox"), else undefined; a leading given name ("Paris Hilton") or
 * an event word ("Boston Marathon") says otherwise.
 */
export function placeLed(words: readonly string[]): number | undefined {
  if (words.length < 2 || GIVEN_NAMES.has(fold(words[0] ?? ''))) return undefined;
  for (let p = Math.min(3, words.length - 1); p >= 1; p--) {
    if (!PLACE_NAMES.has(fold(words.slice(0, p).join(' ')))) continue;
    const rest = words.slice(p);
    const body = rest.every(
      (w) =>
        /^[\p{Lu}\d]/u.test(w) &&
        !EVENT_WORDS.has(w.toLowerCase()) &&
        !isPlaceWord(w) &&
        !PLACE_NAMES.has(fold(w)) &&
        !DEMONYMS.has(fold(w)),
    );
    return body ? p : undefined;
  }
  return undefined;
}

/** The role a lower-case word just before the name gives ("spokesperson John Kirby"). */
export function roleBefore(doc: Doc, a: number): string | null {
  for (let k = a - 1; k >= Math.max(0, a - 2); k--) {
    const t = doc.tokens[k] as Tok;
    if (t.sentence !== (doc.tokens[a] as Tok).sentence) break;
    const role = TITLES[t.norm];
    if (role) return role;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
  }
  return null;
}

/** Words an apposition may run over before its head noun ("X, a Boston software company"). */
const APPOSITION_REACH = 6;

/**
 * True when the words around a name make it an organisation: a noun before it ("startup X"), one after it
 * ("X spokesman", "X's shares"), a ticker ("X (NYSE: XYZ)"), "Boston-based X" or an apposition ("X, a firm").
 */
export function orgByContext(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  const prev = toks[a - 1];
  if (prev && ORG_NOUNS_BEFORE.has(prev.norm) && prev.text === prev.norm) return true;
  if (prev?.norm === 'based' && !prev.spaced && toks[a - 2]?.text === '-') return true;
  let k = b;
  if (toks[k]?.text === '’s' || toks[k]?.text === "'s") k++;
  const next = toks[k];
  if (next && ORG_NOUNS_AFTER.has(next.norm) && (next.text === next.norm || /^C[EFOT]O$/.test(next.text)))
    return true;
  if (toks[b]?.text === '(' && STOCK_EXCHANGES.has(toks[b + 1]?.text ?? '') && toks[b + 2]?.text === ':')
    return true;
  return toks[b]?.text === ',' && appositionIsOrg(doc, b + 1);
}

/** ", a/an/the … company" within a few words, before any other punctuation. */
function appositionIsOrg(doc: Doc, k: number): boolean {
  const det = doc.tokens[k]?.norm;
  if (det !== 'a' && det !== 'an' && det !== 'the') return false;
  const sentence = doc.tokens[k]?.sentence;
  for (let j = k + 1; j <= k + APPOSITION_REACH; j++) {
    const t = doc.tokens[j];
    if (!t || t.sentence !== sentence || t.pos === 'PUNCT' || t.norm === 'of') return false;
    if (ORG_APPOSITION_NOUNS.has(t.norm) && t.pos === 'NOUN') return true;
  }
  return false;
}

/** True for a stock exchange or its ticker in "(NYSE: XYZ)": never an entity. */
export function isTicker(doc: Doc, a: number): boolean {
  const toks = doc.tokens;
  const t = toks[a] as Tok;
  if (STOCK_EXCHANGES.has(t.text) && toks[a + 1]?.text === ':') return true;
  return toks[a - 1]?.text === ':' && STOCK_EXCHANGES.has(toks[a - 2]?.text ?? '');
}

const KIN_NOUNS = new Set(
  `wife husband son daughter mother father brother sister girlfriend boyfriend widow family lawyer attorney
  parents children uncle aunt cousin fiancee fiance grandson granddaughter grandfather grandmother nephew niece
  stepson stepdaughter spouse`.split(/\s+/),
);

const AGE_BEFORE = /\b\d{1,3}[- ]year[- ]old\s+$/i;
const APPOSITION_ROLE_REACH = 4;

/**
 * True when the words around a name make it a person: an age ("X, 49,", "36-year-old X"), kin ("X's wife"),
 * a speech verb before it ("said X,") or a role in an apposition ("X, director of …", "X, Felt's grandson").
 */
export function personByContext(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  const start = (toks[a] as Tok).start;
  if (AGE_BEFORE.test(doc.text.slice(Math.max(0, start - 16), start))) return true;
  const prev = toks[a - 1];
  if (prev?.pos === 'VERB' && CUE_VERBS.has(prev.norm) && (toks[b]?.text === ',' || toks[b]?.text === '.'))
    return true;
  if (toks[b]?.text === ',' && /^\d{1,3}$/.test(toks[b + 1]?.text ?? '') && toks[b + 2]?.text === ',')
    return true;
  const possessive = toks[b]?.text === '’s' || toks[b]?.text === "'s";
  if (possessive && KIN_NOUNS.has(toks[b + 1]?.norm ?? '')) return true;
  // "Tomasz Wróbel, who runs a shop": a full name followed by "who"
  if (b - a >= 2 && toks[b]?.text === ',' && toks[b + 1]?.norm === 'who') return true;
  return toks[b]?.text === ',' && appositionIsPerson(doc, b + 1);
}

/** ", director of …", ", Felt's grandson": a role or kin noun before any other punctuation. */
function appositionIsPerson(doc: Doc, k: number): boolean {
  const sentence = doc.tokens[k]?.sentence;
  for (let j = k; j < k + APPOSITION_ROLE_REACH; j++) {
    const t = doc.tokens[j];
    if (!t || t.sentence !== sentence || (t.pos === 'PUNCT' && t.text !== '’s' && t.text !== "'s"))
      return false;
    if (ORG_APPOSITION_NOUNS.has(t.norm)) return false;
    if (t.text === t.norm && (TITLES[t.norm] || KIN_NOUNS.has(t.norm))) return true;
  }
  return false;
}

const TEAM_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:${TEAM_CONTEXT_BEFORE.join('|')}|no\\. ?\\d{1,2})\\s+(?:the\\s+)?$`,
  'u',
);
const SCORE = /^\d{1,3}$/;

/** True when a name is a sports team by the words around it: "victory over X", "X 20-13", "X (10-0)". */
export function teamByContext(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  const start = (toks[a] as Tok).start;
  if (TEAM_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start).toLowerCase())) return true;
  const k = toks[b]?.text === '(' ? b + 1 : b;
  const dash = toks[k + 1];
  return (
    SCORE.test(toks[k]?.text ?? '') &&
    (dash?.text === '-' || dash?.text === '–') &&
    !dash.spaced &&
    SCORE.test(toks[k + 2]?.text ?? '') &&
    !(toks[k + 2] as Tok).spaced
  );
}
