import type { Doc, Tok } from '../../../text/annotated.ts';
import { DOUBLE_OPENERS, STRAIGHT_DOUBLE } from '../../../text/quotes/marks.ts';
import { NOT_CONTENT_OPENERS, QUESTION_OPENERS, SETTING_SUBORDINATORS } from '../data/function-words.ts';
import {
  CONTRAST_WORDS,
  INDIRECT_PARTICIPLES,
  NAMING_CUES,
  NOMINAL_CUES,
  OCCASION_OPENERS,
} from '../data/speech.ts';
import { isCue, isIndirectCue } from '../speakers/cues.ts';
import { phraseAfter } from '../speakers/phrases.ts';
import { narrationAfterQuote } from './after-quote.ts';
import { opensClause, pastClause, trimContent, VERB_POS } from './content-shape.ts';
import { contentStart } from './content-start.ts';
import { artifactOnly, withheld } from './objects.ts';

/** The reported clause after a cue: from where it starts to where the clause ends. */

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
  return (
    INDIRECT_PARTICIPLES.has(t.norm) ||
    CONTRAST_WORDS.has(t.norm) ||
    t.norm === 'according' ||
    pastSetting(doc, k, end)
  );
}

/**
 * "…, after councillors approved it by eight votes to three": a subordinator of the writer's setting
 * (SETTING_SUBORDINATORS) whose clause has its own subject and a past verb tells what happened, in the
 * outlet's voice (as a speaker inside such a clause is no source of the figures before it:
 * figures/sources.ts). "…, after the repairs are done" may be the speaker's, and stays.
 */
function pastSetting(doc: Doc, k: number, end: number): boolean {
  return SETTING_SUBORDINATORS.has((doc.tokens[k] as Tok).norm) && pastClause(doc, k + 1, end);
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

/**
 * '… put out at 2 a.m. "The fire is under control," she …': a quotation opened after a point (a
 * sentence the splitter left whole) and starting with a capital is another statement, not the report's.
 */
function quotationOpensAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Tok;
  if (!DOUBLE_OPENERS.has(t.text) && t.text !== STRAIGHT_DOUBLE) return false;
  return /\.$/.test(doc.tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(doc.tokens[k + 1]?.text ?? '');
}

/** Longest name set off after a place's name by commas ("in Halden, Ore.", "Halden, Ore., said"). */
const MAX_PLACE_TOKENS = 3;

/**
 * True when the comma before `k` sets off a short run of names after a name, ending the sentence or closed by
 * a comma: a place's state or country (", Ore."), not a new clause.
 */
function placeAfter(doc: Doc, k: number, end: number): boolean {
  if (doc.tokens[k - 2]?.pos !== 'PROPN') return false;
  let j = k;
  while (j < end && j - k < MAX_PLACE_TOKENS && (doc.tokens[j] as Tok).pos === 'PROPN') j++;
  if (j === k) return false;
  const next = doc.tokens[j];
  return j >= end || next?.text === ',' || (next?.pos === 'PUNCT' && j + 1 >= end);
}

/** Relative words that open a clause telling of the noun before their comma ("Lee, who says …"). */
const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'when', 'where']);

/**
 * "endorses Lee, who says he is honored", "endorsed the budget and said …": the noun phrase object of an
 * object-only cue (from `a` to the comma or conjunction at `k`, no verb in it) ends before a relative
 * clause set off by a comma, which tells of the object in the writer's words (or reports its own
 * speaker's), and before "and" (or "but", "or") and a verb, the subject's next act.
 */
function objectEnds(doc: Doc, a: number, k: number): boolean {
  if ((doc.tokens[k] as Tok).pos === 'CCONJ') {
    // "endorsed the budget and left for Halden": "and" before a verb joins the subject's next act
    let j = k + 1;
    while ((doc.tokens[j] as Tok | undefined)?.pos === 'ADV') j++;
    // (a gerund after "and" goes on a gerund object: "mentioned refinancing loans and forcing …")
    const next = doc.tokens[j];
    if (!next || !VERB_POS.has(next.pos) || next.norm.endsWith('ing')) return false;
  } else if (!RELATIVE_OPENERS.has(doc.tokens[k + 1]?.norm ?? '')) return false;
  for (let j = a; j < k; j++) if (VERB_POS.has((doc.tokens[j] as Tok).pos)) return false;
  return true;
}

/**
 * "promised to send guards after the crossers reached the ford": in content that is an infinitive (its
 * first verb after "to"), a clause with its own subject opened at `k` by "as", "while", "after" or
 * "following" tells the occasion, in the writer's words as often as not; it ends the content, which may
 * lose a condition of the promise ("to rebuild the pier | after the rains end") but lends no one the
 * writer's words. Not an "as" of "as long as", "as soon as", "as far as" (the promise's condition), nor a
 * cut that would leave the content too short to be kept ("to resign | after the audit found …"): the
 * promise would be lost, or shown as two words.
 */
function occasionAt(doc: Doc, start: number, k: number, end: number): boolean {
  const norm = (doc.tokens[k] as Tok).norm;
  if (!OCCASION_OPENERS.has(norm)) return false;
  if (norm === 'as' && (doc.tokens[k - 2]?.norm === 'as' || doc.tokens[k + 2]?.norm === 'as')) return false;
  let first = start;
  while (first < k && !VERB_POS.has((doc.tokens[first] as Tok).pos)) first++;
  if (first >= k || doc.tokens[first - 1]?.norm !== 'to' || !opensClause(doc, k + 1, end)) return false;
  return trimContent(doc, start, k, { infinitive: true }) !== null;
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
  const object = NOMINAL_CUES.has((doc.tokens[c] as Tok).norm) && doc.tokens[start - 1]?.norm !== 'that';
  // "called the plan unfair and said …": a naming verb's object ends at "and" before a verb of saying
  const naming = NAMING_CUES.has((doc.tokens[c] as Tok).norm);
  let b = start;
  while (b < end) {
    const t = doc.tokens[b] as Tok;
    const relativeEnd = options.relative && !placeAfter(doc, b + 1, end);
    if (t.text === ';' || (t.text === ',' && (relativeEnd || endsClause(doc, b + 1, end)))) break;
    if (object && (t.text === ',' || t.pos === 'CCONJ') && objectEnds(doc, start, b)) break;
    if (naming && t.pos === 'CCONJ' && isIndirectCue(doc.tokens[b + 1]) && objectEnds(doc, start, b)) break;
    if (t.pos === 'CCONJ' && anotherSays(doc, start, b, end)) break;
    if (rules.infinitive && occasionAt(doc, start, b, end)) break;
    if (b > start && quotationOpensAt(doc, b)) break;
    if (b > start && narrationAfterQuote(doc, start, b, end)) break;
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
  // nor does a preposition right after a cue whose content is a noun phrase, but for "whether", which opens
  // the question asked ("questioned whether the pier was safe"); nor a speech verb right after the cue, whose
  // clause is a contact clause on that verb's subject ("the people I asked said …": "asked" reports nothing)
  if (
    !content ||
    !opener ||
    adverbialOpening(doc, content[0], content[1]) ||
    (opener.norm === 'to' && opener.pos === 'ADP') ||
    (content[0] === c + 1 && opener.pos === 'VERB' && isIndirectCue(opener)) ||
    (opener.pos === 'ADP' &&
      content[0] === c + 1 &&
      NOMINAL_CUES.has((doc.tokens[c] as Tok).norm) &&
      !QUESTION_OPENERS.has(opener.norm))
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
