import type { Doc, Tok } from '../../../text/annotated.ts';
import { ARTICLES, NOT_CONTENT_OPENERS } from '../data/function-words.ts';
import {
  CALL_CUES,
  CONTRAST_WORDS,
  HEARER_CUES,
  INDIRECT_PARTICIPLES,
  INFINITIVE_CUES,
  INTENTION_CUES,
  NOMINAL_CUES,
  SPEAKER_PRONOUNS,
} from '../data/speech.ts';
import { MIN_INDIRECT_WORDS } from '../patterns.ts';
import { isCue, phraseAfter } from '../speakers/phrases.ts';
import { isDateToken } from '../speakers/subject.ts';
import { artifactOnly, withheld } from './objects.ts';

const END_PUNCT = new Set(['.', '!', '?', ';', ':', ',', '—', '–']);
/** Tokens a cue may be separated from its "that" by ("said in a statement on Monday that"). */
const MAX_BEFORE_THAT = 10;
const VERB_POS = new Set(['VERB', 'AUX']);

/** What a content span may be: an infinitive ("vowed to act"), a noun phrase without a verb ("called for a ban"). */
export interface ContentRules {
  readonly infinitive?: boolean;
  readonly nominal?: boolean;
}

/** The content [a, b) without punctuation and "that" at its edges, or null when too short or not a clause. */
export function trimContent(
  doc: Doc,
  a: number,
  b: number,
  rules: ContentRules = {},
): [number, number] | null {
  // "that" opens reported content ("said that the port …"), but a "That" that opens the sentence is its
  // first word ("That would take a long time, she said"; "That company will …, according to sources")
  while (a < b) {
    const t = doc.tokens[a] as Tok;
    const opening = t.norm === 'that' && doc.tokens[a - 1]?.sentence === t.sentence;
    if (!END_PUNCT.has(t.text) && !opening) break;
    a++;
  }
  while (
    b > a &&
    (END_PUNCT.has((doc.tokens[b - 1] as Tok).text) || (doc.tokens[b - 1] as Tok).pos === 'PUNCT')
  )
    b--;
  if (b - a < MIN_INDIRECT_WORDS) return null;
  // "agreed to meet" is reported only for speech acts ("vowed to …"); elsewhere an infinitive is an intention
  if ((doc.tokens[a] as Tok).pos === 'PART' && !rules.infinitive) return null;
  if (rules.nominal) return [a, b];
  for (let k = a; k < b; k++) if (VERB_POS.has((doc.tokens[k] as Tok).pos)) return [a, b];
  return null;
}

// "…, but the Survey in Golden, Colo., said …": a subject, an aside of at most MAX_CUE_ASIDE tokens, a cue
const MAX_CUE_ASIDE = 8;
function asideThenCue(doc: Doc, a: number, end: number): boolean {
  const np = phraseAfter(doc, a, end);
  if (!np || doc.tokens[np[1]]?.text !== ',') return false;
  let j = np[1] + 1;
  while (j < end && j - np[1] <= MAX_CUE_ASIDE && (doc.tokens[j] as Tok).text !== ',') j++;
  return doc.tokens[j]?.text === ',' && isCue(doc.tokens[j + 1]);
}

/** A comma before one of these ends the reported clause: "…, adding that …", "…, but …", "…, according to …". */
function endsClause(doc: Doc, k: number, end: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  // "…, and the agency has not said …": a new clause with its own subject
  if (t.pos === 'CCONJ')
    return k + 1 < end && (opensClause(doc, k + 1, end) || asideThenCue(doc, k + 1, end));
  // "…, the statement read.", "…, said Lee.": the attribution of the sentence, not its content
  const np = isCue(t) ? null : phraseAfter(doc, k, end);
  if (isCue(t) || (np && isCue(doc.tokens[np[1]]))) return true;
  return INDIRECT_PARTICIPLES.has(t.norm) || CONTRAST_WORDS.has(t.norm) || t.norm === 'according';
}

/**
 * "said the quay was safe and harbour officials told the Herald …": after a clause with a verb, an "and" or
 * "but" that a noun phrase (and an aside) and its cue follow opens another speaker's report, even without a comma.
 */
function anotherSays(doc: Doc, start: number, k: number, end: number): boolean {
  const np = phraseAfter(doc, k + 1, end);
  const cue = np ? doc.tokens[np[1]] : undefined;
  const says = (cue !== undefined && isCue(cue) && VERB_POS.has(cue.pos)) || asideThenCue(doc, k + 1, end);
  return says && doc.tokens.slice(start, k).some((t) => VERB_POS.has(t.pos));
}

/** The "that" after a cue, past a prepositional phrase or an object ("told police on Monday that"), or -1. */
function thatAfter(doc: Doc, k: number, end: number): number {
  for (let j = k; j < end && j - k < MAX_BEFORE_THAT; j++) {
    const t = doc.tokens[j] as Tok;
    // "a crack in the girders that carry …" is a relative clause, not reported content
    if (t.norm === 'that' && t.pos !== 'DET') return VERB_POS.has(doc.tokens[j + 1]?.pos ?? '') ? -1 : j;
    if (t.text === ',' && j === k) {
      // "cautioned, as did the campaign, that …": step over an aside set off by commas
      let e = j + 1;
      while (e < end && e - j < MAX_BEFORE_THAT && (doc.tokens[e] as Tok).text !== ',') e++;
      return doc.tokens[e]?.text === ',' && doc.tokens[e + 1]?.norm === 'that' ? e + 1 : -1;
    }
    if (VERB_POS.has(t.pos) || t.pos === 'PUNCT') return -1;
  }
  return -1;
}

/** Past a date after a cue ("said Friday he …", "said on Tuesday that"), unless the date is the reported subject ("said next year's …"). */
export function pastDate(doc: Doc, k: number, end: number): number {
  let j = k;
  while (
    j < end &&
    (isDateToken(doc.tokens[j]) || (doc.tokens[j]?.pos === 'ADP' && isDateToken(doc.tokens[j + 1])))
  )
    j++;
  const next = doc.tokens[j];
  return next && (next.pos === 'PART' || VERB_POS.has(next.pos)) ? k : j;
}

/** Longest hearer after a cue ("told the AFP news agency"), in tokens. */
const MAX_HEARER = 8;
/** Pronouns that are a hearer, never a subject ("told him she would resign"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

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
function contentStart(doc: Doc, c: number, end: number): { start: number; rules: ContentRules } {
  const cue = doc.tokens[c] as Tok;
  const next = doc.tokens[c + 1];
  // "called for a ban", "called on voters to register"
  if (CALL_CUES.has(cue.norm) && (next?.norm === 'for' || next?.norm === 'on'))
    return { start: c + 2, rules: { nominal: true, infinitive: true } };
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

const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Past a prepositional phrase that opens the content before its subject ("said after the talks he would …"). */
function leadingPhrase(doc: Doc, a: number, b: number): number {
  if ((doc.tokens[a] as Tok | undefined)?.pos !== 'ADP') return a;
  let j = a + 1;
  while (j < b && PHRASE_POS.has((doc.tokens[j] as Tok).pos)) j++;
  // the phrase is followed by a pronoun subject and its verb
  const after = doc.tokens[j + 1];
  return j > a + 1 && (doc.tokens[j] as Tok).pos === 'PRON' && after && VERB_POS.has(after.pos) ? j : a;
}

/**
 * How the content after a cue is read: to the first comma after a relative "who said"; whether a noun phrase
 * will do; from a given token, such as the object right after the cue ("called the plan a disaster").
 */
export interface AfterOptions {
  readonly relative?: boolean;
  readonly nominal?: boolean;
  readonly from?: number;
}

/** The reported clause after cue `c` up to the clause's end (the first comma for a relative clause's cue). */
export function contentAfter(
  doc: Doc,
  c: number,
  end: number,
  options: AfterOptions = {},
): [number, number] | null {
  const { start, rules } =
    options.from !== undefined
      ? { start: options.from, rules: { nominal: true, infinitive: true } }
      : contentStart(doc, c, end);
  // "…, organizers said on Friday, in a move seen as …": an aside after the cue is no reported clause (the
  // words before the speaker are); "noted that, like him, …" opens its clause with one
  const aside = doc.tokens[start]?.text === ',' && doc.tokens[start + 1]?.pos === 'ADP';
  if (options.from === undefined && start > c + 1 && aside && doc.tokens[start - 1]?.norm !== 'that')
    return null;
  // "the questions science can answer, such as why …": examples of a noun before the cue, no reported clause
  const examples = doc.tokens[start + 1]?.norm === 'such' && doc.tokens[start + 2]?.norm === 'as';
  if (options.from === undefined && doc.tokens[start]?.text === ',' && examples) return null;
  let b = start;
  while (b < end) {
    const t = doc.tokens[b] as Tok;
    if (t.text === ';' || (t.text === ',' && (options.relative || endsClause(doc, b + 1, end)))) break;
    if (t.pos === 'CCONJ' && anotherSays(doc, start, b, end)) break;
    b++;
  }
  const nominal = rules.nominal || options.nominal;
  const content = trimContent(doc, leadingPhrase(doc, start, b), b, { ...rules, nominal });
  // "proposed a budget of $2 million": a text put forward is the object of the act, not what was said
  if (content && options.from === undefined && NOMINAL_CUES.has((doc.tokens[c] as Tok).norm)) {
    if (artifactOnly(doc, content[0], content[1]) || withheld(doc, c, content[0], content[1])) return null;
  }
  const opener = content && (doc.tokens[content[0]] as Tok);
  // "did not respond to requests": a preposition "to" opens no reported content; "has support from voters":
  // nor does a preposition right after a cue whose content is a noun phrase
  if (
    !content ||
    !opener ||
    adverbialOpening(doc, content[0], content[1]) ||
    (opener.norm === 'to' && opener.pos === 'ADP') ||
    (opener.pos === 'ADP' && content[0] === c + 1 && NOMINAL_CUES.has((doc.tokens[c] as Tok).norm))
  )
    return null;
  return content;
}

/**
 * True when the content [a, b) opens with a clause of its own that is not the reported one ("said Friday
 * as he left", "said that and left"): not "as" before "many", "much" or another word and "as", which
 * opens a quantity ("said as many as 2,000 people had left"), nor, after "that", a subordinator whose
 * clause a reported main clause follows ("said that when the storm hit, the pier flooded").
 */
function adverbialOpening(doc: Doc, a: number, b: number): boolean {
  const opener = doc.tokens[a] as Tok;
  if (!NOT_CONTENT_OPENERS.has(opener.norm)) return false;
  if (opener.norm === 'as' && doc.tokens[a + 2]?.norm === 'as' && a + 2 < b) return false;
  if (opener.pos === 'CCONJ' || doc.tokens[a - 1]?.norm !== 'that') return true;
  for (let k = a + 2; k < b - 1; k++)
    if ((doc.tokens[k] as Tok).text === ',' && opensClause(doc, k + 1, b)) return false;
  return true;
}

/** True when [a, b) opens with a subject and its verb ("the panel was wrong", "it knows"), not a bare object. */
export function opensClause(doc: Doc, a: number, b: number): boolean {
  const np = (doc.tokens[a] as Tok).pos === 'PRON' ? [a, a + 1] : phraseAfter(doc, a, b);
  if (!np) return false;
  let j = np[1] as number;
  while (j < b && (doc.tokens[j] as Tok).pos === 'ADV') j++;
  return j < b && VERB_POS.has((doc.tokens[j] as Tok).pos);
}
