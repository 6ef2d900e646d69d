import { type Doc, spacedAt, type Tok } from '../../../text/annotated.ts';
import { findDateMentions } from '../../../text/dates/mentions.ts';
import { PHRASE_INNER, RELATIVE_PRONOUNS } from '../data/function-words.ts';
import { LEGAL_SUFFIXES } from '../data/organizations.ts';
import {
  CUE_VERBS,
  EVENT_NOUNS,
  PROXIMITY_WORDS,
  SPEAKER_NOUNS,
  SPEAKER_PRONOUNS,
  UTTERANCE_NOUNS,
} from '../data/speech.ts';
import { POST_NOMINALS } from '../data/titles.ts';
import { givenNameOpens } from '../names/start.ts';
import { DATE_ENTITIES, MAX_SPEAKER_TOKENS } from '../patterns.ts';
import { roleQualifier } from './role-words.ts';

// The phrases that can name a speaker next to a speech verb (which verbs are speech verbs: cues.ts).

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'NUM', 'X']);
const UPPER = /^\p{Lu}/u;
const POSSESSIVE_END = /^['’]s?$|['’]s$/;
const FUNCTION_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SYM']);

/** A token that may be part of a speaker phrase; capitalised words count whatever their tag. */
function npToken(t: Tok): boolean {
  return (
    NP_POS.has(t.pos) ||
    (UPPER.test(t.text) && t.text !== 'I' && !FUNCTION_POS.has(t.pos) && !CUE_VERBS.has(t.norm))
  );
}

/** The second word of a hyphened modifier ("Texas-based", "state-run"), whatever its tag. */
function compoundPart(doc: Doc, k: number): boolean {
  const hyphen = doc.tokens[k - 1];
  return hyphen?.text === '-' && !spacedAt(doc, k - 1) && !spacedAt(doc, k) && k >= 2;
}

/**
 * "The Motor Workers' Alliance called …": the apostrophe of a plural's possessive, stuck to a word ending in
 * "s" and followed by a word of the phrase (an apostrophe spaced from its word may close a quote).
 */
function pluralPossessive(doc: Doc, k: number): boolean {
  const [t, prev, next] = [doc.tokens[k] as Tok, doc.tokens[k - 1], doc.tokens[k + 1]];
  return (
    (t.text === "'" || t.text === '’') &&
    !spacedAt(doc, k) &&
    /s$/i.test(prev?.text ?? '') &&
    next !== undefined &&
    npToken(next)
  );
}

/**
 * A token that may stand inside a phrase before a cue: "of", "on", "&", "'s", the bare apostrophe of
 * "Rhodes' aide", an apostrophe a tokeniser spaced from its "s" ("the City Attorney ’ s office"), and a
 * capitalised one of these between two proper nouns ("Lumen In Motion").
 */
function inner(doc: Doc, k: number): boolean {
  const [t, next, prev] = [doc.tokens[k] as Tok, doc.tokens[k + 1], doc.tokens[k - 1]];
  if (t.norm === 'on') return next?.pos === 'PROPN' && next.entity !== 'DATE';
  if (t.text === "'" || t.text === '’') return !spacedAt(doc, k) || next?.norm === 's';
  // "Lumen In Motion": a capitalised preposition between two names' words is a word of a name
  if (t.text !== t.norm && PHRASE_INNER.has(t.norm)) return prev?.pos === 'PROPN' && next?.pos === 'PROPN';
  return PHRASE_INNER.has(t.text);
}

/** "people close to the mayor", "a source familiar with the talks": the token at k is the bridge's preposition. */
function nearBridge(doc: Doc, k: number): boolean {
  const prep = doc.tokens[k];
  return prep?.pos === 'ADP' && PROXIMITY_WORDS.get(doc.tokens[k - 1]?.norm ?? '') === prep.norm;
}

/** The noun phrase that ends just before token `end` (exclusive): [first, end) or null. */
export function phraseBefore(doc: Doc, end: number, floor: number): [number, number] | null {
  let a = end;
  while (a > floor && end - a < MAX_SPEAKER_TOKENS) {
    const t = doc.tokens[a - 1] as Tok;
    if (t.text === ')' && a === end) {
      // "Rep. John Mica (R-Fla.) said": step over the parenthesis
      let k = a - 2;
      while (k > floor && end - k < MAX_SPEAKER_TOKENS && (doc.tokens[k] as Tok).text !== '(') k--;
      if ((doc.tokens[k] as Tok | undefined)?.text !== '(') break;
      a = k;
      end = k;
      continue;
    }
    if (a === end && t.pos === 'PRON' && !nearBridge(doc, a - 2))
      return SPEAKER_PRONOUNS.has(t.norm) ? [a - 1, end] : null;
    // "sources inside City Hall said": any preposition after a speaker noun
    const afterSpeaker =
      t.pos === 'ADP' && a < end && a - 1 > floor && SPEAKER_NOUNS.has((doc.tokens[a - 2] as Tok).norm);
    if (
      npToken(t) ||
      givenNameOpens(doc, a - 1) ||
      compoundPart(doc, a - 1) ||
      (a < end && roleQualifier(doc, a - 1)) ||
      afterSpeaker ||
      (a < end && nearBridge(doc, a - 1)) ||
      (inner(doc, a - 1) && a - 1 > floor && a < end)
    )
      a--;
    else break;
  }
  // "Acme USA, Inc. and RIM said": a legal suffix after a comma ends the name before the comma ("Acme, Inc. said")
  if (a - 1 > floor && doc.tokens[a - 1]?.text === ',' && LEGAL_SUFFIXES.has((doc.tokens[a] as Tok).norm)) {
    const name = a === end - 1 ? phraseBefore(doc, a - 1, floor) : null;
    a = name ? name[0] : a + 1;
  }
  // "in which Adelson said": the relative pronoun is not part of the name
  while (
    a < end &&
    (PHRASE_INNER.has((doc.tokens[a] as Tok).text) || RELATIVE_PRONOUNS.has((doc.tokens[a] as Tok).norm))
  )
    a++;
  a = afterLeadingDate(doc, a, end);
  a = listGroup(doc, a, end, floor);
  a = degreeNamed(doc, a, end, floor);
  // "Analysts polled by Reuters say": the agent of a participle after a noun is not who speaks, the noun is
  const by = doc.tokens[a - 1];
  const participle = doc.tokens[a - 2];
  if (by?.norm === 'by' && participle?.pos === 'VERB' && /ed$/.test(participle.norm) && a - 2 > floor) {
    const head = doc.tokens[a - 3] as Tok;
    if (head.pos === 'NOUN') return phraseBefore(doc, a - 2, floor);
  }
  return a < end && validPhrase(doc, a, end) ? [a, end] : null;
}

/**
 * "On Monday the port authority said", "Last week the ministry said": a date that leads a phrase
 * before a cue tells when, not who. The first token after the date the shared date reading finds at
 * the phrase's start, or `a` when none leads it or nothing would be left.
 */
function afterLeadingDate(doc: Doc, a: number, end: number): number {
  if (end - a < 2) return a;
  const from = (doc.tokens[a] as Tok).start;
  const date = findDateMentions(doc.text.slice(from, (doc.tokens[end - 1] as Tok).end))[0];
  // a date that owns what follows ("Monday's statement said") is part of the phrase
  if (date?.start !== 0 || POSSESSIVE_END.test(date.text)) return a;
  let k = a;
  while (k < end && (doc.tokens[k] as Tok).end - from <= date.end) k++;
  if (POSSESSIVE_END.test((doc.tokens[k] as Tok | undefined)?.text ?? '')) return a;
  return k < end ? k : a;
}

const LIST_JOINS = new Set(['and', 'or']);

/**
 * "Residents of Cobb, Kelseyville and Hidden Valley Lake told": a phrase that ends a list after a comma is
 * not who speaks; when the list is the object of a preposition after a noun, the whole group is. The
 * first token of that group, else `a`.
 */
function listGroup(doc: Doc, a: number, end: number, floor: number): number {
  // the list's last item, with its "and" ("Kelseyville and Hidden Valley Lake", "…, and Hidden Valley Lake")
  let k = a;
  if (LIST_JOINS.has(doc.tokens[k - 1]?.norm ?? '') && doc.tokens[k - 2]?.text === ',') k--;
  else if (!doc.tokens.slice(a, end).some((t) => LIST_JOINS.has(t.norm) && t.pos === 'CCONJ')) return a;
  // the earlier items, each a run of noun-phrase words (no date) after a comma
  let items = 0;
  while (doc.tokens[k - 1]?.text === ',' && end - k < 2 * MAX_SPEAKER_TOKENS) {
    let j = k - 1;
    while (
      j > floor &&
      npToken(doc.tokens[j - 1] as Tok) &&
      !DATE_ENTITIES.has((doc.tokens[j - 1] as Tok).entity ?? '')
    )
      j--;
    const last = (doc.tokens[k - 2] as Tok).pos;
    if (j === k - 1 || (last !== 'NOUN' && last !== 'PROPN')) return a;
    [k, items] = [j, items + 1];
  }
  const prep = doc.tokens[k - 1];
  if (items === 0 || prep?.pos !== 'ADP' || !PHRASE_INNER.has(prep.norm)) return a;
  let h = k - 1;
  while (h > floor && end - h < 2 * MAX_SPEAKER_TOKENS && npToken(doc.tokens[h - 1] as Tok)) h--;
  const head = doc.tokens[k - 2] as Tok;
  return h < k - 1 && (head.pos === 'NOUN' || head.pos === 'PROPN') ? h : a;
}

/**
 * "Jorge Alsip, MD, the society's president, said": a degree or suffix after a name and a comma ends that
 * name. The first token of the name when [a, end) is only such a word, else `a`.
 */
function degreeNamed(doc: Doc, a: number, end: number, floor: number): number {
  if (end - a !== 1 || doc.tokens[a - 1]?.text !== ',') return a;
  if (!POST_NOMINALS.has((doc.tokens[a] as Tok).norm.replace(/\./g, ''))) return a;
  const name = phraseBefore(doc, a - 1, floor);
  return name && (doc.tokens[name[1] - 1] as Tok).pos === 'PROPN' ? name[0] : a;
}

/** The noun phrase that starts at token `start`: [start, end) or null. */
export function phraseAfter(doc: Doc, start: number, ceil: number): [number, number] | null {
  let b = start;
  while (b < ceil && b - start < MAX_SPEAKER_TOKENS) {
    const t = doc.tokens[b] as Tok;
    // "a supporter who runs the account": the relative clause is not part of the name
    if (b > start && RELATIVE_PRONOUNS.has(t.norm)) break;
    if (
      npToken(t) ||
      givenNameOpens(doc, b) ||
      (b + 1 < ceil && roleQualifier(doc, b)) ||
      (b > start && b + 1 < ceil && pluralPossessive(doc, b)) ||
      (PHRASE_INNER.has(t.text) &&
        b > start &&
        b + 1 < ceil &&
        (t.text !== 'and' || doc.tokens[b + 1]?.pos === 'PROPN'))
    )
      b++;
    else break;
  }
  while (b > start && PHRASE_INNER.has((doc.tokens[b - 1] as Tok).text)) b--;
  return b > start && validPhrase(doc, start, b) ? [start, b] : null;
}

function validPhrase(doc: Doc, a: number, b: number): boolean {
  const last = doc.tokens[b - 1] as Tok;
  // what was said ("his own words") never says it
  if (UTTERANCE_NOUNS.has(last.norm)) return false;
  // nor does an event ("the talks", "the meeting"), unless it only ends a longer phrase's modifier
  // ("people involved in the negotiations")
  if (last.pos === 'NOUN' && EVENT_NOUNS.has(last.norm) && !headedEarlier(doc, a, b)) return false;
  // "one Democratic operative said": a speaker noun the tagger took for an adjective still heads the phrase
  if (last.pos === 'ADJ' && SPEAKER_NOUNS.has(last.norm)) return true;
  if (last.pos === 'DET' || last.pos === 'ADJ' || last.pos === 'NUM') return false;
  if (last.pos === 'PRON') return (b - a === 1 && SPEAKER_PRONOUNS.has(last.norm)) || nearBridge(doc, b - 2);
  return true;
}

// Whether the phrase's head stands before its last word: a preposition or a verb form modifies it
// from after ("people involved in the talks").
function headedEarlier(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) {
    const pos = (doc.tokens[k] as Tok).pos;
    if (pos === 'ADP' || pos === 'VERB') return true;
  }
  return false;
}
