import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { CURLY_OPENER, SINGLE_OPENER, STRAIGHT_DOUBLE } from '../../../text/quotes/marks.ts';
import { ARTICLES, EMPTY_SUBJECTS, VERB_PARTICLES } from '../data/function-words.ts';
import {
  ABOUT_CUES,
  BARE_NAMING_CUES,
  BE_FORMS,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  INDIRECT_CUES,
  INTENTION_CUES,
  JUDGING_CUES,
  MAKE_FORMS,
  NAMING_CUES,
  NOT_REPORTING_BEFORE_THAT,
  PUBLISHING_VERBS,
  SPEAKER_NOUNS,
} from '../data/speech.ts';
import { phraseAfter } from '../speakers/phrases.ts';
import { opensClause } from './content-shape.ts';

// Stances told without a speech verb: an intention ("wants to …"), a name given ("called the plan a
// disaster"), a judgement ("attacked the mayor for …"). Their content includes the object.

/** Longest object between a naming or judging verb and its "as"/"for" or second phrase, in tokens. */
const MAX_OBJECT = 8;
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const OBJECT_HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const OPENING_MARKS = new Set([CURLY_OPENER, STRAIGHT_DOUBLE, SINGLE_OPENER]);

/**
 * How a stance cue reads its content: an infinitive after the verb ("intention"), the object and what it is
 * called or judged for ("object"), a clause after "that" ("clause"), or from a given token ("made clear he …").
 */
export interface Stance {
  readonly kind: 'intention' | 'object' | 'clause';
  readonly from?: number;
}

/** "issued a statement …", "unleashed a flurry of tweets …": the object of a publishing verb names a document. */
function publishes(doc: Doc, c: number, end: number): boolean {
  for (let k = c + 1; k < end && k - c <= MAX_OBJECT; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.pos === 'NOUN' && (DOCUMENT_NOUNS.has(t.norm) || DOCUMENT_NOUNS.has(t.norm.replace(/s$/, ''))))
      return true;
    if (!OBJECT_POS.has(t.pos) && t.norm !== 'of') return false;
  }
  return false;
}

/** "made (it) clear (that) …": where the content starts, or -1. */
function madeClear(doc: Doc, c: number): number {
  let k = c + 1;
  if (doc.tokens[k]?.norm === 'it') k++;
  if (doc.tokens[k]?.norm !== 'clear') return -1;
  return doc.tokens[k + 1]?.norm === 'that' ? k + 2 : k + 1;
}

/** "understood that …", "pointed out that …": a verb before "that" and a clause, other than "ensure", "mean" and the like. */
function beforeThat(doc: Doc, c: number): boolean {
  const t = doc.tokens[c] as Tok;
  if (NOT_REPORTING_BEFORE_THAT.has(t.norm) || BE_FORMS.has(t.norm)) return false;
  const k = VERB_PARTICLES.has(doc.tokens[c + 1]?.norm ?? '') ? c + 2 : c + 1;
  const that = doc.tokens[k];
  const next = doc.tokens[k + 1];
  return (
    that?.norm === 'that' &&
    that.pos !== 'DET' &&
    next !== undefined &&
    !VERB_OR_AUX.has(next.pos) &&
    // "joked that, among voters, …", "hopes that states, led by Ohio, will …": an aside may open the clause or
    // follow its subject
    (next.text === ',' ||
      opensClause(doc, k + 1, Math.min(doc.tokens.length, k + 1 + MAX_OBJECT)) ||
      doc.tokens[phraseAfter(doc, k + 1, doc.tokens.length)?.[1] ?? -1]?.text === ',')
  );
}
const VERB_OR_AUX = new Set(['VERB', 'AUX']);
const UPPER = /^\p{Lu}/u;

/**
 * True when a stance cue's subject, ending in `head`, can hold the stance: "it appeared that …" has none; the
 * antecedent of "who" must be a name or a speaker ("donors from around the country who want …" is cut short).
 */
export function holdsStance(stance: Stance | null, head: Tok, relative: boolean): boolean {
  if (stance === null) return true;
  if (relative && head.pos !== 'PROPN' && !SPEAKER_NOUNS.has(head.norm)) return false;
  return stance.kind !== 'clause' || !EMPTY_SUBJECTS.has(head.norm);
}

function objectToken(t: Tok | undefined): boolean {
  return t !== undefined && (OBJECT_POS.has(t.pos) || POSSESSIVE.has(t.text)) && !ARTICLES.has(t.norm);
}

/** The token after the object that starts at `k`: where "for"/"as" or a second phrase should stand, or -1. */
function objectEnd(doc: Doc, k: number, end: number, bare: boolean): number {
  let j = k;
  while (j < end && j - k < MAX_OBJECT) {
    const t = doc.tokens[j] as Tok;
    const prev = doc.tokens[j - 1] as Tok;
    // "called climate change a hoax", "called the charges unsubstantiated", "called its behavior “outrageous”"
    const second =
      bare &&
      j > k &&
      OBJECT_HEAD_POS.has(prev.pos) &&
      (ARTICLES.has(t.norm) || (t.pos === 'ADJ' && !POSSESSIVE.has(prev.text)) || OPENING_MARKS.has(t.text));
    if (second) return j;
    // "his rival as …": the tagger may take a noun at the end of the object for an adjective
    if (t.norm === 'for' || t.norm === 'as')
      return j > k && (OBJECT_HEAD_POS.has(prev.pos) || prev.pos === 'ADJ') ? j : -1;
    // "the leader of the party": an article opens the object or follows "of"
    const article = ARTICLES.has(t.norm) && (j === k || prev.norm === 'of' || !bare);
    if (!(objectToken(t) || article || (t.norm === 'of' && j > k))) return -1;
    j++;
  }
  return -1;
}

/** The stance the verb at token `c` reports, if it is one: "wants to …", "called Y a Z", "described Y as …", "attacked Y for …". */
export function stanceAt(doc: Doc, c: number, end: number): Stance | null {
  const t = doc.tokens[c] as Tok;
  // "Colorado Springs that …": a capitalised word inside a sentence is a name the tagger took for a verb
  if (t.pos !== 'VERB' || (UPPER.test(t.text) && sentenceOf(doc, c - 1) === sentenceOf(doc, c))) return null;
  if (INTENTION_CUES.has(t.norm) && doc.tokens[c + 1]?.norm === 'to') {
    // "declined to say whether …" is the speech verb's, reached past "declined to"
    const verb = doc.tokens[c + 2];
    return verb && !CUE_VERBS.has(verb.norm) && !INDIRECT_CUES.has(verb.norm) ? { kind: 'intention' } : null;
  }
  // "talked about the budget", "bragged about his polls": the topic is the content
  if (ABOUT_CUES.has(t.norm) && doc.tokens[c + 1]?.norm === 'about') return { kind: 'object', from: c + 2 };
  if (PUBLISHING_VERBS.has(t.norm)) return publishes(doc, c, end) ? { kind: 'object', from: c + 1 } : null;
  if (MAKE_FORMS.has(t.norm)) {
    const from = madeClear(doc, c);
    return from > 0 ? { kind: 'clause', from } : null;
  }
  if (beforeThat(doc, c)) return { kind: 'clause' };
  const naming = NAMING_CUES.has(t.norm);
  if (!naming && !JUDGING_CUES.has(t.norm)) return null;
  const j = objectEnd(doc, c + 1, end, BARE_NAMING_CUES.has(t.norm));
  if (j < 0) return null;
  const word = (doc.tokens[j] as Tok).norm;
  // a name is given "as" or bare; a judgement is "for" something or "as" something
  if (naming && word === 'for') return null;
  // "slammed the mayor as the vote looms": "as" opening a clause is a conjunction of time
  if (word === 'as' && opensClause(doc, j + 1, Math.min(end, j + 1 + MAX_OBJECT))) return null;
  return { kind: 'object', from: c + 1 };
}
