import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { OPENING_SUBORDINATORS, SUBJECT_RELATIVES } from '../data/function-words.ts';
import {
  BE_FORMS,
  CUE_RAISERS,
  FLOATING_QUANTIFIERS,
  PHRASE_HEAD_PRONOUNS,
  SPEAKER_ADVERBS,
} from '../data/speech.ts';
import { phraseAfter, phraseBefore } from './phrases.ts';

// The subject of a speech verb: the verb group the cue ends ("has also said"), and the phrase before it,
// across a time word, an aside or "who". Read by indirect speech and by the figures' sources.

const GROUP_POS = new Set(['AUX', 'PART', 'ADV']);
const MAX_GROUP = 5;
const MAX_ASIDE = 30;
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'X']);
const CLAUSE_OPENER_POS = new Set(['SCONJ', 'CCONJ', 'ADV']);
const NAME_LIKE_POS = new Set(['VERB', 'ADJ']);
const UPPER = /^\p{Lu}/u;

/** The verb group that ends with a cue: where it starts, and whether it makes the cue passive ("was told"). */
export interface VerbGroup {
  readonly start: number;
  readonly passive: boolean;
}

/** Step back from cue `c` over auxiliaries, negation, adverbs and raising verbs ("has also said", "appeared to suggest"). */
export function verbGroup(doc: Doc, c: number, floor: number): VerbGroup | null {
  let a = c;
  let be = false;
  while (a - 1 > floor && c - a < MAX_GROUP) {
    const t = doc.tokens[a - 1] as Tok;
    if (t.norm === 'to') {
      // "to" belongs to the group only after a raising verb: "appeared to suggest", not "a plan to say"
      const raiser = doc.tokens[a - 2];
      if (raiser?.pos !== 'VERB' || !CUE_RAISERS.has(raiser.norm)) return null;
      a -= 2;
      continue;
    }
    if (!GROUP_POS.has(t.pos) && !SPEAKER_ADVERBS.has(t.norm)) break;
    if (BE_FORMS.has(t.norm)) be = true;
    a--;
  }
  return { start: a, passive: be && !(doc.tokens[c] as Tok).norm.endsWith('ing') };
}

/** A date or time word ("Tuesday", "this week"), which may stand between a speaker and the cue. */
export function isDateToken(t: Tok | undefined): boolean {
  return t !== undefined && (t.entity === 'DATE' || t.entity === 'TIME');
}

/** The phrase before token `g` without the time words that end it: "Rhodes on Tuesday said", "Varga this week said". */
function undated(doc: Doc, g: number, first: number): [number, number] | null {
  let end = g;
  for (let round = 0; round < 2; round++) {
    const np = phraseBefore(doc, end, first);
    if (!np) return null;
    let b = np[1];
    while (b > np[0] && isDateToken(doc.tokens[b - 1])) b--;
    if (b === np[1]) return np;
    if (b > np[0]) return [np[0], b];
    // the whole phrase was a date: step over it, a preposition before it and adverbs ("just this month")
    end = np[0];
    if (doc.tokens[end - 1]?.pos === 'ADP') end--;
    while (
      end - 1 > first &&
      ((doc.tokens[end - 1] as Tok).pos === 'ADV' || SPEAKER_ADVERBS.has((doc.tokens[end - 1] as Tok).norm))
    )
      end--;
  }
  return null;
}

/**
 * A speaker phrase found before a cue; `relative` when it is the antecedent of "who" ("Lee, who said …");
 * `opening` when a subordinator opens the cue's clause ("When the mayor said …, the crowd cheered").
 */
export interface SubjectBefore {
  readonly np: [number, number];
  readonly relative: boolean;
  readonly opening?: boolean;
}

// Words that open a clause set before or after the main one; "as" too, whose clause ends at its comma.
const CLAUSE_SUBORDINATORS = new Set([...OPENING_SUBORDINATORS, 'as']);

function hasName(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if ((doc.tokens[k] as Tok).pos === 'PROPN') return true;
  return false;
}

/**
 * The subject of a cue whose verb group starts at `g`: the phrase right before it, the antecedent of "who",
 * or across an aside set off by commas ("Ann Wu, director of the port, said"), preferring the name.
 */
export function subjectBefore(doc: Doc, g: number, first: number): SubjectBefore | null {
  const found = findSubject(doc, g, first);
  if (!found) return null;
  // "Now tell …": a speaker phrase ends in a noun, a name or a pronoun, or a capitalised word mistagged as a verb
  const head = doc.tokens[found.np[1] - 1] as Tok;
  if (!HEAD_POS.has(head.pos) && !(NAME_LIKE_POS.has(head.pos) && UPPER.test(head.text))) return null;
  // "When the mayor said …": a capitalised subordinator is no word of the speaker's name, and it opens the
  // cue's clause, whose reported words end at its comma
  let [a, b] = found.np;
  if (b - a > 1 && CLAUSE_SUBORDINATORS.has((doc.tokens[a] as Tok).norm)) a++;
  const opening = !found.relative && CLAUSE_SUBORDINATORS.has(doc.tokens[a - 1]?.norm ?? '');
  return a === found.np[0] && !opening ? found : { np: [a, b], relative: found.relative, opening };
}

const VERB_POS = new Set(['VERB', 'AUX']);

// Whether a verb stands before token i in its sentence.
function verbBefore(doc: Doc, i: number): boolean {
  const first = doc.sentences[sentenceOf(doc, i)]?.first ?? 0;
  for (let k = i - 1; k >= first; k--) if (VERB_POS.has((doc.tokens[k] as Tok).pos)) return true;
  return false;
}

// "… is director Ann Wu and The Gullport Herald and Harbour Wire are reporting": a phrase right after a
// verb is that verb's complement or object up to its first "and", which joins a new clause and its subject;
// so is one right after a preposition of a clause that has had its verb ("found no sign of damage at the
// quay and harbour officials told …"), not after one that opens a clause ("a day after officials … said")
// or its sentence ("In Halvik fishermen and dock workers said …"), nor a list ("from Aland, Bey and Cor").
function pastComplement(doc: Doc, np: [number, number]): [number, number] {
  if (!VERB_POS.has(doc.tokens[np[0] - 1]?.pos ?? '') && !afterClausePreposition(doc, np)) return np;
  for (let k = np[0] + 1; k < np[1] - 1; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.norm === 'and' && t.pos === 'CCONJ') return [k + 1, np[1]];
  }
  return np;
}

// Whether a preposition of a clause that has had its verb stands right before the phrase np, which is no list.
function afterClausePreposition(doc: Doc, np: [number, number]): boolean {
  const before = doc.tokens[np[0] - 1];
  if (before?.pos !== 'ADP' || OPENING_SUBORDINATORS.has(before.norm) || before.norm === 'as') return false;
  return !doc.tokens.slice(np[0], np[1]).some((t) => t.text === ',') && verbBefore(doc, np[0] - 1);
}

// Tags of a subject's last token that a floating quantifier may follow ("they all", "Reyes (R-N.H.) all").
const FLOAT_HOST_POS = new Set(['NOUN', 'PROPN', 'PRON', 'PUNCT']);

// Relative pronouns that open a clause on the subject before them ("Residents who saw the fire said").
const CLAUSE_RELATIVES = new Set(['who', 'that', 'which']);
const RELATIVE_VERB_POS = new Set(['VERB', 'AUX', 'ADV', 'PART']);
// The words of prepositional phrases between a relative clause's verb and the phrase before the cue.
const PREPOSITION_PHRASE_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const MAX_RELATIVE_REACH = 8;

// "Residents who saw the fire said …", "Workers who have been its critics said …": a phrase right after the
// verb of a relative clause is that verb's object or complement; the cue's subject is the phrase the
// relative pronoun stands for. Returns that phrase when the phrase at `a` is such an object.
function relativeOwner(doc: Doc, a: number, first: number): [number, number] | null {
  let k = a - 1;
  // "Farmers who marched against the levy in Dovra said": the phrase is the object of a preposition of
  // the clause; only "who" opens such a clause on a speaker ("the claim that … in Dovra said" is no owner)
  while (k > first && a - k <= MAX_RELATIVE_REACH && PREPOSITION_PHRASE_POS.has((doc.tokens[k] as Tok).pos))
    k--;
  // no preposition passed: the phrase is the verb's own object, read as before
  if ((doc.tokens[k + 1] as Tok).pos !== 'ADP') k = a - 1;
  const at = k;
  let verb = false;
  while (k > first && a - k <= MAX_GROUP && RELATIVE_VERB_POS.has((doc.tokens[k] as Tok).pos)) {
    if (VERB_POS.has((doc.tokens[k] as Tok).pos)) verb = true;
    k--;
  }
  if (!verb || !CLAUSE_RELATIVES.has((doc.tokens[k] as Tok).norm)) return null;
  if (at < a - 1 && (doc.tokens[k] as Tok).norm !== 'who') return null;
  return phraseBefore(doc, doc.tokens[k - 1]?.text === ',' ? k - 1 : k, first);
}

// Subject pronouns of a contact clause ("the experts we interviewed"): not "it", which names no one met.
const CONTACT_PRONOUNS = new Set(['i', 'we', 'they', 'you', 'he', 'she']);
const CONTACT_HEAD_POS = new Set(['NOUN', 'PROPN']);

// "The engineers we interviewed said …", "the residents I asked agreed …": a contact clause, a subject pronoun and
// its verb with no relative pronoun, stands between the cue's subject and the cue; the subject is the phrase
// before the pronoun. Returns that phrase when the cue's group at `g` follows such a clause.
function contactOwner(doc: Doc, g: number, first: number): [number, number] | null {
  const verb = doc.tokens[g - 1];
  const pronoun = doc.tokens[g - 2];
  const head = doc.tokens[g - 3];
  if (g - 3 < first || verb?.pos !== 'VERB' || pronoun?.pos !== 'PRON' || !head) return null;
  if (!CONTACT_PRONOUNS.has(pronoun.norm)) return null;
  if (!CONTACT_HEAD_POS.has(head.pos)) return null;
  return phraseBefore(doc, g - 2, first);
}

// "Most of those on board said", "Many in the crowd said": a pronoun before the phrase's preposition heads
// the speaker phrase, and the phrase after the preposition is where they are (newuser22 #4: the speaker
// was "board", "in the crowd"). Returns the phrase from that pronoun ("Most of" before it too), else np.
function pronounHead(doc: Doc, np: [number, number], first: number): [number, number] {
  const p = doc.tokens[np[0]]?.pos === 'ADP' ? np[0] : np[0] - 1;
  if (doc.tokens[p]?.pos !== 'ADP' || p - 1 < first) return np;
  let a = p - 1;
  if (!PHRASE_HEAD_PRONOUNS.has((doc.tokens[a] as Tok).norm)) return np;
  if (
    a - 2 >= first &&
    doc.tokens[a - 1]?.norm === 'of' &&
    PHRASE_HEAD_PRONOUNS.has(doc.tokens[a - 2]?.norm ?? '')
  )
    a -= 2;
  return [a, np[1]];
}

function findSubject(doc: Doc, g: number, first: number): SubjectBefore | null {
  const prev = doc.tokens[g - 1];
  if (!prev || g - 1 < first) return null;
  // "Senators Wu, Berg and Reyes all suggested …": a quantifier floated after the subject stands for it
  const host = doc.tokens[g - 2];
  if (FLOATING_QUANTIFIERS.has(prev.norm) && g - 2 >= first && host && FLOAT_HOST_POS.has(host.pos)) {
    if (host.pos !== 'PUNCT' || host.text === ')') return findSubject(doc, g - 1, first);
  }
  if (SUBJECT_RELATIVES.has(prev.norm)) {
    const end = doc.tokens[g - 2]?.text === ',' ? g - 2 : g - 1;
    const np = phraseBefore(doc, end, first);
    return np ? { np, relative: true } : null;
  }
  const contact = contactOwner(doc, g, first);
  if (contact) return { np: contact, relative: false };
  const np = undated(doc, g, first);
  if (np)
    return {
      np: relativeOwner(doc, np[0], first) ?? pastComplement(doc, pronounHead(doc, np, first)),
      relative: false,
    };
  if (prev.text !== ',') return null;
  let k = g - 2;
  while (k > first && g - k < MAX_ASIDE && (doc.tokens[k] as Tok).text !== ',') k--;
  if ((doc.tokens[k] as Tok).text !== ',') return null;
  const outer = phraseBefore(doc, k, first);
  if (!outer) return null;
  // the phrase before the aside opens the sentence or a clause ("…, when Lee, at the debate, said")
  const opener = doc.tokens[outer[0] - 1];
  if (outer[0] > first && opener?.text !== ',' && !CLAUSE_OPENER_POS.has(opener?.pos ?? '')) return null;
  // "The state's chairman, Phil Lovas, said": the name in the aside names the speaker best
  const inner = phraseAfter(doc, k + 1, g - 1);
  const outerHead = doc.tokens[outer[1] - 1] as Tok;
  if (inner && inner[1] === g - 1 && outerHead.pos !== 'PROPN' && hasName(doc, inner[0], inner[1]))
    return { np: inner, relative: false };
  return { np: outer, relative: false };
}
