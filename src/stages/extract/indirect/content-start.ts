import type { Doc, Tok } from '../../../text/annotated.ts';
import { ARTICLES, POSSESSIVE_PRONOUNS } from '../data/function-words.ts';
import {
  CALL_CUES,
  CHARGE_NOUNS,
  HEARER_CUES,
  INFINITIVE_CUES,
  INTENTION_CUES,
  NOMINAL_CUES,
  SPEAKER_PRONOUNS,
} from '../data/speech.ts';
import { phraseAfter } from '../speakers/phrases.ts';
import { isDateToken } from '../speakers/subject.ts';
import { type ContentRules, opensClause, VERB_POS } from './content-shape.ts';

/** Where the reported content after a cue starts: past its "that", its hearer or its date. */

/** Tokens a cue may be separated from its "that" by ("said in a statement on Monday that"). */
const MAX_BEFORE_THAT = 10;

/** The "that" after a cue, past a prepositional phrase or an object ("told police on Monday that"), or -1. */
function thatAfter(doc: Doc, k: number, end: number): number {
  // inside a noun phrase opened by an article or a possessive, until its noun: a word the tagger read as a
  // verb is the noun or its modifier ("told the meeting that", "told a packed briefing that")
  let phrase = false;
  for (let j = k; j < end && j - k < MAX_BEFORE_THAT; j++) {
    const t = doc.tokens[j] as Tok;
    if (ARTICLES.has(t.norm) || POSSESSIVE_PRONOUNS.has(t.norm)) {
      phrase = true;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') phrase = false;
    // "defended the bill against charges that it would …": a clause of others' charge, not the cue's
    if (t.norm === 'that' && othersCharge(doc, j - 1)) return -1;
    // "a crack in the girders that carry …" is a relative clause, not reported content
    if (t.norm === 'that' && t.pos !== 'DET') return VERB_POS.has(doc.tokens[j + 1]?.pos ?? '') ? -1 : j;
    // "told the meeting that repairs would cost …": after a hearer, a "that" the tagger read as a
    // determiner is the clause's when a subject and its verb follow it ("that morning" is a time)
    if (t.norm === 'that' && j > k && !isDateToken(doc.tokens[j + 1]) && opensClause(doc, j + 1, end))
      return j;
    if (t.text === ',' && j === k) {
      // "cautioned, as did the campaign, that …": step over an aside set off by commas
      let e = j + 1;
      while (e < end && e - j < MAX_BEFORE_THAT && (doc.tokens[e] as Tok).text !== ',') e++;
      return doc.tokens[e]?.text === ',' && doc.tokens[e + 1]?.norm === 'that' ? e + 1 : -1;
    }
    if ((VERB_POS.has(t.pos) && !(phrase && t.pos === 'VERB')) || t.pos === 'PUNCT') return -1;
  }
  return -1;
}

/** True when token `n` is a noun of others' charge or claim not held by a possessive ("charges", not "his claim"). */
function othersCharge(doc: Doc, n: number): boolean {
  const noun = doc.tokens[n];
  if (noun?.pos !== 'NOUN' || !CHARGE_NOUNS.has(noun.norm)) return false;
  return !POSSESSIVE_PRONOUNS.has(doc.tokens[n - 1]?.norm ?? '');
}

/**
 * Past a date after a cue ("said Friday he …", "said on Tuesday that", "promised on Tuesday to send"):
 * the saying's time, not what was said. Unless the date is the reported subject ("said next year's …",
 * "said Friday marks …"): a bare date before a verb; one after a preposition, or before "to", is the
 * saying's.
 */
export function pastDate(doc: Doc, k: number, end: number): number {
  let j = k;
  while (
    j < end &&
    (isDateToken(doc.tokens[j]) || (doc.tokens[j]?.pos === 'ADP' && isDateToken(doc.tokens[j + 1])))
  )
    j++;
  const next = doc.tokens[j];
  if (j === k || !next || doc.tokens[k]?.pos === 'ADP' || next.norm === 'to') return j;
  return next.pos === 'PART' || VERB_POS.has(next.pos) ? k : j;
}

/** Longest hearer after a cue ("told the AFP news agency"), in tokens. */
const MAX_HEARER = 8;
/** Pronouns that are a hearer, never a subject ("told him she would resign"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
// What "call" names before the words it is called ("called it a disgrace", "calling them heroes").
const CALLED_PRONOUNS = new Set([...OBJECT_PRONOUNS, 'it', 'this']);

/**
 * Where the hearer that starts at `k` ends when no "that" follows it: before a subject pronoun ("told
 * voters | she would …") or an article or number after a noun that opens a clause ("told reporters | the
 * bridge was safe", "told the AFP news agency | four villages had …"), the reported clause's subject.
 */
function hearerEnd(doc: Doc, k: number, end: number): number {
  for (let j = k + 1; j < end && j - k <= MAX_HEARER; j++) {
    const t = doc.tokens[j] as Tok;
    const prev = doc.tokens[j - 1] as Tok;
    if (t.pos === 'PRON' && SPEAKER_PRONOUNS.has(t.norm)) return j;
    const phrase = (ARTICLES.has(t.norm) || t.pos === 'NUM') && (prev.pos === 'NOUN' || prev.pos === 'PROPN');
    if (phrase && opensClause(doc, j, end)) return j;
  }
  return end;
}

/** Where the content after cue `c` starts: past "that", the hearer ("told reporters") or a date ("said Friday"). */
export function contentStart(doc: Doc, c: number, end: number): { start: number; rules: ContentRules } {
  const cue = doc.tokens[c] as Tok;
  const next = doc.tokens[c + 1];
  // "called for a ban", "called on voters to register"
  if (CALL_CUES.has(cue.norm) && (next?.norm === 'for' || next?.norm === 'on'))
    return { start: c + 2, rules: { nominal: true, infinitive: true } };
  // "calling it a reckless walkout": what it was called, past the pronoun called so (not "it a reckless …")
  if (CALL_CUES.has(cue.norm) && CALLED_PRONOUNS.has(next?.norm ?? ''))
    return { start: c + 2, rules: { nominal: true } };
  const infinitive = INFINITIVE_CUES.has(cue.norm) || INTENTION_CUES.has(cue.norm);
  const that = thatAfter(doc, c + 1, end);
  // after "that" the clause is certain, whatever the tagger made of its verb
  if (that >= 0) return { start: that + 1, rules: { nominal: true } };
  let k = c + 1;
  if (HEARER_CUES.has(cue.norm)) {
    // "told him she would resign", not "tell them how to vote": a pronoun is the hearer before a clause
    const pronoun = OBJECT_PRONOUNS.has(next?.norm ?? '') && opensClause(doc, k + 1, end);
    const obj: [number, number] | null = pronoun ? [k, k + 1] : phraseAfter(doc, k, hearerEnd(doc, k, end));
    // "urged Congress to act": the hearer stays with an infinitive
    if (obj && !(infinitive && doc.tokens[obj[1]]?.norm === 'to')) k = obj[1];
  }
  return { start: pastDate(doc, k, end), rules: { infinitive, nominal: NOMINAL_CUES.has(cue.norm) } };
}
