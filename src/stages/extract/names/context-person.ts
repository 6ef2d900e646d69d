import { ageAt, ageEnd } from '../../../text/ages.ts';
import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { PERSON_PRONOUNS } from '../data/function-words.ts';
import { ORG_APPOSITION_NOUNS } from '../data/organizations.ts';
import { CUE_VERBS } from '../data/speech.ts';
import { KIN_NOUNS, TITLES } from '../data/titles.ts';
import { firmAfter } from './extend.ts';
import { isHonorific } from './lexicon.ts';

const MIDDLE_INITIAL = /^[A-Z]\.$/;
/** Tokens an age before a name may take ("36 - year - old"). */
const AGE_BEFORE_REACH = 6;
const APPOSITION_ROLE_REACH = 4;

/**
 * True when the words around a name make it a person: an honorific ("Mr. X"), kin before it ("her husband X"),
 * a middle initial ("Maren A. X"), an age ("X, 49,", "36-year-old X"), kin after it ("X's wife"), a speech
 * verb before it ("said X,"), a person pronoun after its verb ("X said he"), a role in an apposition
 * ("X, director of …", "X, Felt's grandson") or an employer after "of" ("X of Harlow Water").
 */
export function personByContext(doc: Doc, a: number, b: number): boolean {
  const toks = doc.tokens;
  // "36-year-old X", "the six-month-old X" (text/ages.ts)
  if (ageBefore(doc, a)) return true;
  const prev = toks[a - 1];
  // "Mr. X", "Dr. X": an honorific, which the name's run leaves out
  if (prev && isHonorific(prev.text) && prev.text[0] === prev.text[0]?.toUpperCase()) return true;
  // "her husband X", "his lawyer X": kin or counsel just before the name
  if (prev && prev.text === prev.norm && KIN_NOUNS.has(prev.norm) && prev.norm !== 'family') return true;
  // "Maren A. X": a middle initial after a given name, where the run broke off at the initial
  if (prev && MIDDLE_INITIAL.test(prev.text) && /^\p{Lu}\p{Ll}/u.test(toks[a - 2]?.text ?? '')) return true;
  if (prev?.pos === 'VERB' && CUE_VERBS.has(prev.norm) && (toks[b]?.text === ',' || toks[b]?.text === '.'))
    return true;
  // "X, 49, …": an age set off after it (text/ages.ts)
  const comma = toks[b];
  if (comma?.text === ',' && ageAt(toks, b + 1, doc.sentences[sentenceOf(doc, b)])?.kind === 'set-off')
    return true;
  if (isPossessive(toks[b]) && KIN_NOUNS.has(toks[b + 1]?.norm ?? '')) return true;
  // "Mara Tollen of Harlow Water", "… of the Harlow Water Board": a full name before "of" and a body its
  // words name, her employer
  if (b - a >= 2 && toks[b]?.text === 'of' && firmAfter(doc, toks[b + 1]?.norm === 'the' ? b + 1 : b))
    return true;
  // "Tomasz Wróbel, who runs a shop": a full name followed by "who"
  if (b - a >= 2 && toks[b]?.text === ',' && toks[b + 1]?.norm === 'who') return true;
  if (pronounAfterVerb(doc, a, b, PERSON_PRONOUNS)) return true;
  return toks[b]?.text === ',' && appositionIsPerson(doc, b + 1);
}

// Whether an age ends right before token a ("36-year-old X"), in its sentence.
function ageBefore(doc: Doc, a: number): boolean {
  const sentence = sentenceOf(doc, a);
  for (let k = a - 2; k >= Math.max(0, a - AGE_BEFORE_REACH); k--)
    if (sentenceOf(doc, k) === sentence && ageEnd(doc.tokens, k) === a) return true;
  return false;
}

const VERB_GROUP_REACH = 3;

/**
 * True when the name is the subject of a verb whose next word is one of the pronouns: "X said he …",
 * "X hurt his knee" (a person), "X cut its forecast" (a body).
 */
export function pronounAfterVerb(doc: Doc, a: number, b: number, pronouns: ReadonlySet<string>): boolean {
  const toks = doc.tokens;
  const sentence = sentenceOf(doc, b - 1);
  // no subject after a preposition: "a pilot from X hurt himself"
  if (toks[a - 1]?.pos === 'ADP') return false;
  let k = b;
  // the verb group: auxiliaries and adverbs, then the verb ("has also said")
  while (k < b + VERB_GROUP_REACH && (toks[k]?.pos === 'AUX' || toks[k]?.pos === 'ADV')) k++;
  const verb = toks[k];
  const next = toks[k + 1];
  return (
    verb?.pos === 'VERB' &&
    sentenceOf(doc, k) === sentence &&
    next !== undefined &&
    sentenceOf(doc, k + 1) === sentence &&
    pronouns.has(next.norm)
  );
}

/** "’s" or "'s". */
function isPossessive(t: Tok | undefined): boolean {
  return t?.text === '’s' || t?.text === "'s";
}

/** ", director of …", ", Felt's grandson": a role or kin noun before any other punctuation. */
function appositionIsPerson(doc: Doc, k: number): boolean {
  const sentence = sentenceOf(doc, k);
  for (let j = k; j < k + APPOSITION_ROLE_REACH; j++) {
    const t = doc.tokens[j];
    if (!t || sentenceOf(doc, j) !== sentence || (t.pos === 'PUNCT' && t.text !== '’s' && t.text !== "'s"))
      return false;
    // "the team's coach": a body before a possessive only says whose role follows
    if (ORG_APPOSITION_NOUNS.has(t.norm) && !isPossessive(doc.tokens[j + 1])) return false;
    // a role in lower case, or one written as capitals ("X, MP for Eastmoor", "X, CEO of …")
    const written = t.text === t.norm || (t.text.length > 1 && t.text === t.norm.toUpperCase());
    if (written && (TITLES[t.norm] || KIN_NOUNS.has(t.norm)))
      // "a family firm": a word of kin or a role before a body's noun says what body it is
      return !ORG_APPOSITION_NOUNS.has(doc.tokens[j + 1]?.norm ?? '');
  }
  return false;
}
