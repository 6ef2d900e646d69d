import { GIVEN_NAMES, NON_NAME_WORDS } from './data/given-names.ts';
import {
  COMMON_ACRONYMS,
  COMMON_NOUN_ACRONYMS,
  EVENT_WORDS,
  ORG_HEADS_AFTER,
  PLACE_ACRONYMS,
  SITE_NOUNS,
} from './data/organizations.ts';
import { LEADING_PLACE_WORDS, PLACE_NOUNS_AFTER, STATE_ABBREVIATIONS } from './data/places.ts';
import { CUE_VERBS } from './data/speech.ts';
import { TITLES } from './data/titles.ts';
import { type Doc, fold, isSkipped, type Tok } from './doc.ts';
import { DEMONYMS, isHonorific, isOrgWord, isPlaceWord, PLACE_NAMES, titleOf } from './lexicon.ts';
import {
  findTitle,
  isTicker,
  type NameKind,
  nameLike,
  orgByContext,
  personByContext,
  placeOf,
  roleBefore,
  teamByContext,
  typeName,
} from './name-types.ts';
import {
  ACRONYM,
  CALENDAR_WORD,
  DATE_ENTITIES,
  NAME_CONNECTORS,
  NAME_POS,
  NOT_NAMES,
  PLURAL_ACRONYM,
} from './patterns.ts';

export type { NameKind } from './name-types.ts';

/** One name found in an article: a candidate mention of an entity. */
export interface Mention {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  /** The name's words as written, hyphenated parts joined, titles left out. */
  readonly words: readonly string[];
  /** Character span of each word. */
  readonly wordSpans: readonly (readonly [number, number])[];
  readonly kind: NameKind;
  /** Typed by strong evidence (a title, a list, an organisation word), not by shape alone. */
  readonly strong: boolean;
  /** Canonical role from a title before the name ("governor"), else null. */
  readonly role: string | null;
  /** What the role is of ("Texas", "Mexico", "homeland security"), else null. */
  readonly roleOf: string | null;
  /** Found in a Title-Case line: kept only if the story names it elsewhere too. */
  readonly headline: boolean;
  readonly token: number;
  readonly paragraph: number;
  /** Hints for names of unknown kind: followed by a speech verb, after a place preposition. */
  readonly cueAfter: boolean;
  readonly placeContext: boolean;
  /** The words around the name make it an organisation ("startup X", "X spokesman", "X, a firm"). */
  readonly orgContext: boolean;
  /** A verb follows the name in its sentence: it acts ("X has issued", "X fixed"). */
  readonly subject: boolean;
  /** The name opens its sentence (or follows a quote mark there), where common words are capitalised too. */
  readonly initial: boolean;
  /** The words after the name make it a person: an age ("X, 49,") or kin ("X's wife"). */
  readonly personContext: boolean;
}

/** "Mexico's president", "the Mexican leader": a role that stands for a person. */
export interface RoleMention {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly role: string;
  readonly roleOf: string;
  readonly token: number;
  readonly paragraph: number;
}

/** An acronym a text defines: "Customs and Border Patrol (CBP)". */
export interface AcronymDefinition {
  readonly short: string;
  readonly long: readonly string[];
}

/** Everything the name finder reads from one article. */
export interface ArticleNames {
  readonly mentions: Mention[];
  readonly roles: RoleMention[];
  readonly acronyms: AcronymDefinition[];
}

const UPPER = /^\p{Lu}/u;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '``', '`']);
const PLACE_PREPS = new Set([
  'in',
  'at',
  'from',
  'near',
  'into',
  'across',
  'outside',
  'inside',
  'toward',
  'towards',
  'through',
  'via',
]);
const SUBJECT_POS = new Set(['VERB', 'AUX']);
const ALL_CAPS_LONG = /^[A-Z]{4,}$/;

function isNameWord(t: Tok | undefined): boolean {
  if (!t) return false;
  // most tokens are lower-case: settle them with one character test before any regex
  const code = t.text.charCodeAt(0);
  if (code >= 97 && code <= 122) return false;
  if (!NAME_POS.has(t.pos) || t.pos === 'NUM') return false;
  if (!UPPER.test(t.text) || PLURAL_ACRONYM.test(t.text)) return false;
  if ((t.entity && DATE_ENTITIES.has(t.entity)) || CALENDAR_WORD.test(t.text)) return false;
  return !NOT_NAMES.has(t.norm.replace(/\./g, ''));
}

function canStart(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Tok;
  if (!isNameWord(t)) return false;
  const sentence = doc.sentences[t.sentence];
  const prev = doc.tokens[i - 1];
  const initial = !sentence || i === sentence.first || (prev !== undefined && OPENERS.has(prev.text));
  if (!initial || t.pos === 'PROPN' || isHonorific(t.text) || titleOf([t.text]) !== undefined) return true;
  // "City Hall says", "Border Patrol agents …": a common word opens a body's or a place's name
  const end = sentence ? sentence.end : doc.tokens.length;
  const j = isNameWord(doc.tokens[i + 1]) ? extendRun(doc, i, end) : i + 1;
  const last = (doc.tokens[j - 1] as Tok).text;
  return j > i + 1 && (isOrgWord(last) || isPlaceWord(last));
}

/** Extend a name from token i; returns one past its last token. */
function extendRun(doc: Doc, i: number, end: number): number {
  const toks = doc.tokens;
  let j = i + 1;
  while (j < end) {
    const t = toks[j] as Tok;
    if (isNameWord(t)) {
      j++;
      continue;
    }
    const next = toks[j + 1];
    if ((t.text === '-' || t.text === '‑') && !t.spaced && next && !next.spaced && isNameWord(next)) {
      const before = fold((toks[j - 1] as Tok).text);
      if (!PLACE_NAMES.has(before) && !PLACE_NAMES.has(fold(next.text))) {
        j += 2;
        continue;
      }
    }
    // "Ann Simpson of Fort Smith": a person's name ends before "of" and a place
    if (t.text === 'of' && next?.norm !== 'the' && personBefore(doc, i, j)) break;
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
    if ((t.text === 'and' || t.text === '&') && isNameWord(next) && andJoins(doc, i, j, end)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** "Customs and Border Protection" is one name; "Texas and Arizona" is two. */
function andJoins(doc: Doc, i: number, at: number, end: number): boolean {
  for (let k = i; k < at; k++) if (titleOf([(doc.tokens[k] as Tok).text])) return false;
  let k = at + 1;
  while (k < end && isNameWord(doc.tokens[k])) k++;
  const last = doc.tokens[k - 1] as Tok;
  return (
    isOrgWord(last.text) || (doc.tokens[at - 1] !== undefined && isOrgWord((doc.tokens[at - 1] as Tok).text))
  );
}

/** Join a token range into name words, hyphenated parts glued and connectors kept. */
function wordsOf(doc: Doc, a: number, b: number): string[] {
  return wordSpansOf(doc, a, b).map(([s, e]) => doc.text.slice(s, e));
}

function wordSpansOf(doc: Doc, a: number, b: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k] as Tok;
    const last = spans[spans.length - 1];
    if (!t.spaced && last && k > a) last[1] = t.end;
    else spans.push([t.start, t.end]);
  }
  return spans;
}

/** Find the names, roles and acronym definitions of one article. */
export function findNames(doc: Doc): ArticleNames {
  const out: ArticleNames = { mentions: [], roles: [], acronyms: [] };
  const toks = doc.tokens;
  for (const sentence of doc.sentences) {
    let i = sentence.first;
    let lastPlace: { roleOf: string; start: number; end: number } | null = null;
    while (i < sentence.end) {
      if (!canStart(doc, i)) {
        if (!isNameWord(toks[i]) || i === sentence.first)
          maybeRole(doc, i, sentence.paragraph, lastPlace, out);
        if ((toks[i] as Tok).text !== '’s' && (toks[i] as Tok).text !== "'s") lastPlace = null;
        i++;
        continue;
      }
      const j = extendRun(doc, i, sentence.end);
      lastPlace = addRun(doc, i, j, sentence, out, lastPlace);
      i = j;
    }
  }
  return out;
}

function addRun(
  doc: Doc,
  a: number,
  b: number,
  sentence: Doc['sentences'][number],
  out: ArticleNames,
  lastPlace: { roleOf: string; start: number; end: number } | null,
): { roleOf: string; start: number; end: number } | null {
  const toks = doc.tokens;
  const first = toks[a] as Tok;
  const lastTok = toks[b - 1] as Tok;
  if (isSkipped(doc, first.start, lastTok.end)) return null;
  const all = wordsOf(doc, a, b);
  if (all.length === 1 && ACRONYM.test(all[0] ?? '') && toks[b]?.pos === 'NUM') return null;
  if (all.length >= 2 && all.every((w) => ALL_CAPS_LONG.test(w))) return null;
  if (all.length === 1 && isJunkAcronym(doc, a, all[0] ?? '', sentence)) return null;
  const title = findTitle(doc, a, b);
  let nameStart = a;
  let role: string | null = null;
  let roleOf: string | null = null;
  if (title && title.end <= b) {
    nameStart = title.end;
    role = title.role || null;
    const prefix = wordsOf(doc, a, title.at);
    if (prefix.length) {
      const place = placeOf(prefix) ?? placeOf(prefix.slice(0, 1));
      roleOf = place ?? fold(prefix.join(' '));
      if (place && PLACE_NAMES.has(fold(prefix.join(' '))))
        push(doc, a, title.at, 'place', true, null, null, sentence, out);
    } else if (lastPlace) roleOf = lastPlace.roleOf;
    if (title.end > title.at + 1 && (toks[title.at + 1] as Tok).text === 'of') {
      roleOf ??= fold(wordsOf(doc, title.at + 2, title.end).join(' ')).replace(/^the /, '');
    }
    // "Department of Criminal Justice": a title closing a body's name is part of that name
    const head = nameStart >= b && title.at > a ? wordsOf(doc, a, title.at) : [];
    // … but "Police Chief" is a role of the body before it
    const body = head.some((w) => isOrgWord(w)) && !isOrgWord(head[head.length - 1] ?? '');
    if (body) {
      nameStart = a;
      role = null;
      roleOf = null;
    } else if (nameStart >= b) {
      if (role && roleOf)
        addRole(doc, lastPlace?.start ?? first.start, lastTok.end, role, roleOf, a, sentence.paragraph, out);
      return null;
    }
    const nameWords = wordsOf(doc, nameStart, b);
    if (nameWords.some((w) => isOrgWord(w)) && isOrgWord(nameWords[nameWords.length - 1] ?? '')) {
      nameStart = a;
      role = null;
      roleOf = null;
    }
  }
  const titled = nameStart > a || role !== null;
  const before = roleBefore(doc, nameStart);
  const words = wordsOf(doc, nameStart, b);
  if (!titled && ORG_HEADS_AFTER.has(toks[b]?.text ?? '') && placeOf(words)) {
    // "the Mexican government", "the Texas administration": the place and its head noun are one body
    push(doc, nameStart, b + 1, 'organization', true, null, null, sentence, out);
    return null;
  }
  if (!titled && words.length === 1 && DEMONYMS.has(fold(words[0] ?? ''))) return null;
  const typed = typeName(words, titled || before !== null);
  if (!titled && typed.kind === 'organization' && SITE_NOUNS.has(toks[b]?.text ?? '')) {
    // "the Acme Foods plant", "a West Coast Bank branch": a site of a body is a place
    push(doc, nameStart, b + 1, 'place', true, null, null, sentence, out);
    return null;
  }
  // a place or an unknown name that wins, loses or has a score is a team ("victory over Kansas City")
  const team = !titled && typed.kind !== 'person' && teamByContext(doc, nameStart, b);
  if (team || (!titled && !typed.strong && pluralAfterThe(doc, nameStart, words)))
    typed.kind = 'organization';
  if (words.length === 1 && toks[nameStart - 1]?.text === ',' && isStateAbbreviation(words[0] ?? '')) {
    typed.kind = 'place';
    typed.strong = true;
  }
  const kind = typed.kind;
  push(doc, nameStart, b, kind, typed.strong, role ?? before, roleOf, sentence, out);
  const after = toks[b];
  if (after?.text === '(' && ACRONYM.test(toks[b + 1]?.text ?? '') && toks[b + 2]?.text === ')') {
    out.acronyms.push({ short: (toks[b + 1] as Tok).text, long: words });
  }
  const place = kind === 'place' ? (placeOf(words) ?? words.join(' ')) : undefined;
  return place ? { roleOf: place, start: (toks[nameStart] as Tok).start, end: lastTok.end } : null;
}

function push(
  doc: Doc,
  a: number,
  b: number,
  kind: NameKind,
  strong: boolean,
  role: string | null,
  roleOf: string | null,
  sentence: Doc['sentences'][number],
  out: ArticleNames,
): void {
  const toks = doc.tokens;
  const start = (toks[a] as Tok).start;
  const end = (toks[b - 1] as Tok).end;
  const prev = toks[a - 1];
  const next = toks[b];
  const afterComma = next?.text === ',' ? toks[b + 1] : undefined;
  const placeContext =
    (prev !== undefined && PLACE_PREPS.has(prev.norm) && toks[a - 2]?.norm !== 'according') ||
    (prev?.norm === 'of' && toks[a - 2] !== undefined && isPlaceWord((toks[a - 2] as Tok).norm)) ||
    (afterComma !== undefined &&
      PLACE_NAMES.has(fold(afterComma.text)) &&
      !CUE_VERBS.has(toks[b + 2]?.norm ?? '')) ||
    (afterComma !== undefined && isStateAbbreviation(afterComma.text)) ||
    (next !== undefined && next.text === next.norm && PLACE_NOUNS_AFTER.has(next.norm)) ||
    (prev?.norm === 'of' && (toks[a - 2]?.text === ',' || isNameWord(toks[a - 2]))) ||
    ownsPlace(doc, b);
  out.mentions.push({
    articleId: doc.id,
    start,
    end,
    surface: doc.text.slice(start, end),
    words: wordsOf(doc, a, b),
    wordSpans: wordSpansOf(doc, a, b),
    kind,
    strong,
    role,
    roleOf,
    headline: sentence.titleCase,
    token: a,
    paragraph: sentence.paragraph,
    cueAfter: next !== undefined && next.pos === 'VERB' && CUE_VERBS.has(next.norm),
    placeContext,
    orgContext: orgByContext(doc, a, b),
    personContext: personByContext(doc, a, b),
    initial: a === sentence.first || (prev !== undefined && OPENERS.has(prev.text)),
    subject: next !== undefined && next.sentence === (toks[a] as Tok).sentence && SUBJECT_POS.has(next.pos),
  });
}

function addRole(
  doc: Doc,
  start: number,
  end: number,
  role: string,
  roleOf: string,
  token: number,
  paragraph: number,
  out: ArticleNames,
): void {
  out.roles.push({
    articleId: doc.id,
    start,
    end,
    surface: doc.text.slice(start, end),
    role,
    roleOf,
    token,
    paragraph,
  });
}

/** A lower-case title after a place's possessive or a demonym: "Mexico's president", "the Mexican leader". */
function maybeRole(
  doc: Doc,
  i: number,
  paragraph: number,
  lastPlace: { roleOf: string; start: number; end: number } | null,
  out: ArticleNames,
): void {
  const t = doc.tokens[i] as Tok;
  const role = TITLES[t.norm];
  if (!role || isNameWord(doc.tokens[i + 1])) return;
  const prev = doc.tokens[i - 1];
  if (prev && (prev.text === '’s' || prev.text === "'s") && lastPlace) {
    addRole(doc, lastPlace.start, t.end, role, lastPlace.roleOf, i, paragraph, out);
    return;
  }
  const country = prev ? DEMONYMS.get(fold(prev.text)) : undefined;
  if (prev && country && UPPER.test(prev.text))
    addRole(doc, prev.start, t.end, role, country, i, paragraph, out);
}

/** Share of a sentence's longer words in capitals above which it is shouted, and its acronyms are words. */
const SHOUTED_SHARE = 0.5;

/** A one-word capitals name that is no organisation: a ticker, a common-noun acronym, a word in a shouted line. */
function isJunkAcronym(doc: Doc, a: number, word: string, sentence: Doc['sentences'][number]): boolean {
  if (isTicker(doc, a)) return true;
  const bare = word.replace(/\./g, '').toUpperCase();
  if (bare === word.replace(/\./g, '') && COMMON_NOUN_ACRONYMS.has(bare)) return true;
  if (!/^[A-Z]{2,}$/.test(word) || word in COMMON_ACRONYMS || PLACE_ACRONYMS.has(word)) return false;
  let long = 0;
  let caps = 0;
  for (let k = sentence.first; k < sentence.end; k++) {
    const t = (doc.tokens[k] as Tok).text;
    if (t.length < 3 || !/^\p{L}+$/u.test(t)) continue;
    long++;
    if (t === t.toUpperCase()) caps++;
  }
  return long >= 3 && caps / long > SHOUTED_SHARE;
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
function pluralAfterThe(doc: Doc, a: number, words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (doc.tokens[a - 1]?.norm !== 'the' || !PLURAL_NAME.test(last) || last.endsWith('ss')) return false;
  // a quoted title ("'The Hunger Games'") or an event ("the Academy Awards") is no body
  if (OPENERS.has(doc.tokens[a - 2]?.text ?? '') || EVENT_WORDS.has(last.toLowerCase())) return false;
  // a name that modifies a noun ("the Christmas party") is no team either
  if (doc.tokens[a + words.length]?.pos === 'NOUN') return false;
  const f = fold(words.join(' '));
  return (
    !PLACE_NAMES.has(f) &&
    !DEMONYMS.has(f) &&
    !NOT_NAMES.has(f) &&
    !NON_NAME_WORDS.has(f) &&
    !isPlaceWord(last)
  );
}

/** "Ann Simpson" before "of": a known given name, or a person's shape before a known place, without a title. */
function personBefore(doc: Doc, i: number, j: number): boolean {
  const words = wordsOf(doc, i, j);
  if (words.length < 2 || !words.every(nameLike) || findTitle(doc, i, j)) return false;
  const after = fold(doc.tokens[j + 1]?.text ?? '');
  return GIVEN_NAMES.has(fold(words[0] ?? '')) || PLACE_NAMES.has(after) || LEADING_PLACE_WORDS.has(after);
}

/** "Ark.", "Calif.", "N.C.", "AZ": a US state as written after a town. */
function isStateAbbreviation(word: string): boolean {
  return STATE_ABBREVIATIONS.has(word.replace(/\./g, ''));
}
