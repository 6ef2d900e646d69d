import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { ABILITY_WORDS, DENIAL_NEGATIONS, REFLEXIVE_PRONOUNS } from '../data/function-words.ts';
import { ORG_APPOSITION_NOUNS, ORG_WORDS, WORK_NOUNS_BEFORE } from '../data/organizations.ts';
import {
  CITE_FORMS,
  DENY_FORMS,
  DOCUMENT_NOUNS,
  FINDING_CUES,
  FINDING_NOUNS,
  INDIRECT_CUES,
  LIKELIHOOD_CUES,
  MACHINE_NOUNS,
  MORE_WORK_NOUNS,
  NOMINAL_CUES,
  SIGN_CUES,
  SPEAKER_NOUNS,
  TRYING_VERBS,
  WORK_CUES,
} from '../data/speech.ts';
import type { Attribution } from '../speakers/resolve.ts';

// Readings of a cue word that are never anyone's speech, whatever other uses of the word report.

/** Tokens before "deny" searched for "can" and a negation ("no one could ever deny"). */
const MAX_BEFORE_DENY = 4;
/** Longest run of determiners and modifiers before a work noun ("the new animated film"). */
const MAX_BEFORE_NOUN = 4;
const MODIFIER_POS = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PRON']);
// the word before "of" that makes a share of a group ("some of", "one of", "many of")
const SHARE_POS = new Set(['DET', 'NUM', 'PRON', 'ADJ']);

/** "no one can deny …", "neither can deny …", "he cannot deny …": the writer's judgement, no denial. */
function unableToDeny(doc: Doc, c: number): boolean {
  let able = false;
  let negated = false;
  for (let k = c - 1; k >= 0 && c - k <= MAX_BEFORE_DENY; k--) {
    const norm = (doc.tokens[k] as Tok).norm;
    if (ABILITY_WORDS.has(norm)) able = true;
    if (DENIAL_NEGATIONS.has(norm) || (norm === 'one' && doc.tokens[k - 1]?.norm === 'no')) negated = true;
  }
  return able && negated;
}

/** Tokens before a cue searched for a negation over auxiliaries and adverbs ("has still not answered"). */
const MAX_BEFORE_NEGATED = 3;

/**
 * "did not answer calls", "has not commented", "never said": a negated verb of saying reports no words
 * ("not only said" still does).
 */
function negatedCue(doc: Doc, c: number): boolean {
  for (let k = c - 1; k >= 0 && c - k <= MAX_BEFORE_NEGATED; k--) {
    const t = doc.tokens[k] as Tok;
    if (DENIAL_NEGATIONS.has(t.norm)) return doc.tokens[k + 1]?.norm !== 'only';
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** "promoting the film", "is writing the picture which …": the object of the cue is a work. */
function worksOn(doc: Doc, c: number): boolean {
  for (let k = c + 1; k < doc.tokens.length && k - c <= MAX_BEFORE_NOUN + 1; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.pos === 'NOUN') return WORK_NOUNS_BEFORE.has(t.norm) || MORE_WORK_NOUNS.has(t.norm);
    if (!MODIFIER_POS.has(t.pos)) return false;
  }
  return false;
}

const POSSESSIVE = /^(?:['’]s?|his|her|its|their|our|my|your)$/;

/** "customers can expect …", "we could also expect …": what one may look forward to, no one's words. */
function ableToExpect(doc: Doc, c: number): boolean {
  let k = c - 1;
  while (doc.tokens[k]?.pos === 'ADV') k--;
  return ABILITY_WORDS.has(doc.tokens[k]?.norm ?? '');
}

/**
 * "Citing unnamed people familiar with the matter, …", "cited a report by …", "citing some of those inspectors":
 * the object of "cite" is the source (a speaker or a document, or a share of a group), not what it said, unless
 * it is that source's ("cited the report's findings").
 */
export function citesSource(doc: Doc, c: number): boolean {
  if (!CITE_FORMS.has((doc.tokens[c] as Tok).norm)) return false;
  for (let k = c + 1; k < doc.tokens.length && k - c <= MAX_BEFORE_NOUN + 1; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.pos === 'NOUN') {
      const source = SPEAKER_NOUNS.has(t.norm) || DOCUMENT_NOUNS.has(t.norm);
      const next = doc.tokens[k + 1];
      return source && !POSSESSIVE.test(next?.norm ?? '') && next?.pos !== 'NOUN';
    }
    // a share of a group is a source: "citing some of those inspectors", "citing one of the pilots"
    if (t.norm === 'of' && k > c + 1) return SHARE_POS.has((doc.tokens[k - 1] as Tok).pos);
    if (!MODIFIER_POS.has(t.pos)) return false;
  }
  return false;
}

/**
 * ", citing one of the pilots" after a cue: a comma and a form of "cite" open the source the report leans
 * on, never what was said ("…, the Gazette reported, citing one of the pilots.").
 */
export function citingAside(doc: Doc, k: number): boolean {
  return CITE_FORMS.has(doc.tokens[k]?.norm ?? '') && doc.tokens[k - 1]?.text === ',';
}

/** "Voss's reported choice", "the mayor's stated aim": a cue between a possessive and a noun modifies it. */
function modifiesNoun(doc: Doc, c: number): boolean {
  const next = doc.tokens[c + 1];
  return POSSESSIVE.test(doc.tokens[c - 1]?.norm ?? '') && (next?.pos === 'NOUN' || next?.pos === 'ADJ');
}

/**
 * "will try to show that …", "tried to find that …": a finding verb that is no verb of saying, after
 * "to" and a verb of trying, tells what one aims to show, and no finding is reported yet ("tried to
 * say that …" still reports words; "appeared to show" and "continued to show" a finding).
 */
function triesToFind(doc: Doc, c: number): boolean {
  const norm = (doc.tokens[c] as Tok).norm;
  if (!FINDING_CUES.has(norm) || INDIRECT_CUES.has(norm) || doc.tokens[c - 1]?.norm !== 'to') return false;
  return TRYING_VERBS.has(doc.tokens[c - 2]?.norm ?? '');
}

/**
 * True when the cue at token `c` is read here in a use that reports no one's words: a modifier after a
 * possessive ("Voss's reported choice"), a finding verb with a
 * reflexive object ("she finds herself drawn into …"), "deny" after "cannot" or "no one can", a verb of
 * writing or promoting whose object is a work ("promoting the film", "writing the screenplay which …"),
 * "expect" after "can" ("customers can expect …"), "cite" of a source ("citing people familiar with …"), a
 * finding one tries to make ("will try to show that …"), a negated cue ("did not answer calls").
 */
export function neverSpeech(doc: Doc, c: number): boolean {
  const norm = (doc.tokens[c] as Tok).norm;
  if (modifiesNoun(doc, c) || negatedCue(doc, c)) return true;
  if (FINDING_CUES.has(norm) && REFLEXIVE_PRONOUNS.has(doc.tokens[c + 1]?.norm ?? '')) return true;
  if (DENY_FORMS.has(norm) && unableToDeny(doc, c)) return true;
  if (norm === 'expect' && ableToExpect(doc, c)) return true;
  if (citesSource(doc, c) || triesToFind(doc, c)) return true;
  return WORK_CUES.has(norm) && worksOn(doc, c);
}

// Whether the head of a subject can speak: a name, a person's pronoun, a speaker or a body ("the union").
function canSpeak(head: Tok): boolean {
  if (head.pos === 'PROPN') return true;
  if (head.pos === 'PRON') return head.norm !== 'it';
  return SPEAKER_NOUNS.has(head.norm) || ORG_WORDS.has(head.norm) || ORG_APPOSITION_NOUNS.has(head.norm);
}

// Whether a subject that cannot speak may still tell a sign: a document ("the story suggests …") or a
// share of those asked ("twelve percent indicated that …").
function tellsSigns(head: Tok): boolean {
  const { norm } = head;
  return FINDING_NOUNS.has(norm) || DOCUMENT_NOUNS.has(norm) || head.pos === 'NUM' || norm === 'percent';
}

/**
 * True when the cue `cue` of a subject whose head is `head` tells only what is likely or what something is a
 * sign of: "the pandemic threatens to close more shops", "the warm response indicates that …", or, in a
 * subordinate clause (`setting`), what an act that is no document found ("after a recount found files held
 * at …"); or when a machine's cue reports only by its object ("the device does not support 3G").
 */
export function mutedSubject(cue: Tok, head: Tok, setting = false): boolean {
  if (canSpeak(head)) return false;
  if (MACHINE_NOUNS.has(head.norm) && NOMINAL_CUES.has(cue.norm)) return true;
  // "after a recount found files held at …": in a clause set before or after the main one (`setting`),
  // what an act that is no document found is the writer's account of an event, no one's words
  const findsOnly = setting && FINDING_CUES.has(cue.norm) && !INDIRECT_CUES.has(cue.norm);
  return LIKELIHOOD_CUES.has(cue.norm) || ((SIGN_CUES.has(cue.norm) || findsOnly) && !tellsSigns(head));
}

/**
 * True when a speech act that reports only by its object ("supports", "embraced", not "said" or "denied") has
 * for subject (its head at token `h`) an "it" the story names no one for and no name before it in its
 * sentence may stand for: a thing ("It will support the carrier's calling service"), not "When Microsoft
 * issued the patch, it cited …".
 */
export function unnamedThing(doc: Doc, cue: Tok, h: number, speaker: Attribution): boolean {
  const head = doc.tokens[h] as Tok;
  if (head.norm !== 'it' || !NOMINAL_CUES.has(cue.norm) || INDIRECT_CUES.has(cue.norm) || speaker.entityId)
    return false;
  const first = doc.sentences[sentenceOf(doc, h)]?.first ?? 0;
  for (let k = first; k < doc.tokens.length && (doc.tokens[k] as Tok).start < head.start; k++)
    if ((doc.tokens[k] as Tok).pos === 'PROPN') return false;
  return true;
}
