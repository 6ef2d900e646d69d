import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { RELATIVE_PRONOUNS } from '../data/function-words.ts';
import { BE_FORMS, INDIRECT_CUES, SPEAKER_PRONOUNS } from '../data/speech.ts';
import { namedBody as bodyNamed } from '../speakers/bodies.ts';
import { phraseAfter } from '../speakers/phrases.ts';
import type { Attribution, SpeakerContext } from '../speakers/resolve.ts';

/**
 * "The authority also said …" after "the National Harbour Authority": the organisation of the story whose
 * name ends in the noun, last named before (speakers/bodies.ts; resolveSpeaker already applies it).
 */
export function namedBody(ctx: SpeakerContext, who: Attribution): Attribution {
  return bodyNamed(ctx.doc, ctx.entities, who);
}

/** Longest source after "according to" when its phrase is cut short by the tagger. */
const MAX_SOURCE_TOKENS = 12;
const SOURCE_STOPS = new Set([',', ';', ':', '(', ')', '—', '–']);

/** The source after "according to": its noun phrase, or up to the next comma when tags break it ("exit/VERB polls"). */
export function sourceAfter(doc: Doc, k: number, end: number): [number, number] | null {
  const np = phraseAfter(doc, k, end);
  let b = k;
  while (b < end && b - k < MAX_SOURCE_TOKENS && !SOURCE_STOPS.has((doc.tokens[b] as Tok).text)) b++;
  // a run cut by the length limit is no source
  if (b < end && !SOURCE_STOPS.has((doc.tokens[b] as Tok).text)) return np;
  while (b > k && (doc.tokens[b - 1] as Tok).pos === 'PUNCT') b--;
  return np && np[1] >= b ? np : b > k ? [k, b] : np;
}

/**
 * True when an appositive runs from token `k` to the sentence's end (", the lawyer for the agency."), its
 * head perhaps taking a phrase or a relative clause to the end without a comma (", a senior official with
 * the port board that runs them.").
 */
export function appositiveToEnd(doc: Doc, k: number, end: number): boolean {
  if (doc.tokens[k]?.text !== ',') return false;
  const np = phraseAfter(doc, k + 1, end);
  if (np === null) return false;
  if (end - np[1] <= 1) return true;
  const next = doc.tokens[np[1]] as Tok;
  if (next.pos !== 'ADP' && !RELATIVE_PRONOUNS.has(next.norm)) return false;
  for (let b = np[1]; b < end - 1; b++) if (APPOSITIVE_STOPS.has((doc.tokens[b] as Tok).text)) return false;
  return true;
}

/** Marks that end an appositive before the sentence does: a clause or an aside follows. */
const APPOSITIVE_STOPS = new Set([',', ';', ':', '(', '—', '–', '"', '“', '”']);

const SENTENCE_END = new Set(['.', '!', '?']);
const VERB_POS = new Set(['VERB', 'AUX']);
const UPPER = /^\p{Lu}/u;

/** True when the token at k is a name: tagged a proper noun, or capitalised inside its sentence ("Hunt/VERB"). */
function nameAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (t.pos === 'PROPN') return true;
  return UPPER.test(t.text) && t.text !== 'I' && doc.sentences[sentenceOf(doc, k)]?.first !== k;
}

/**
 * "The center estimates that …", "The Gazette reports that …", "Ann Wu notes they were …", "…, the Harbour
 * Post reports.": a cue in -s tagged as a plural noun after a noun and before "that", or after a name and
 * before "that" of any tag, a subject pronoun or the sentence's end.
 */
export function nounTaggedCue(doc: Doc, c: number): boolean {
  const t = doc.tokens[c] as Tok;
  if (t.pos !== 'NOUN' || !t.norm.endsWith('s') || !INDIRECT_CUES.has(t.norm)) return false;
  const next = doc.tokens[c + 1];
  // "police reports that were filed": a "that" before a verb opens a relative clause of the noun
  if (next?.norm === 'that' && VERB_POS.has(doc.tokens[c + 2]?.pos ?? '')) return false;
  if (nameAt(doc, c - 1)) {
    if (modifierInObject(doc, c) || objectRelative(doc, c + 1)) return false;
    if (next === undefined || SENTENCE_END.has(next.text) || next.norm === 'that') return true;
    return next.pos === 'PRON' && SPEAKER_PRONOUNS.has(next.norm);
  }
  return next?.norm === 'that' && next.pos !== 'DET' && doc.tokens[c - 1]?.pos === 'NOUN';
}

const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM']);
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'SCONJ']);
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "The Gazette obtained Harbor Board notes …", "Copies of Harbor Board reports …": the name before the cue
 * opens a noun phrase that is a verb's object (a verb of saying aside: "Wu said The Gazette reports …") or
 * follows "of", so it only modifies the noun.
 */
function modifierInObject(doc: Doc, c: number): boolean {
  const first = doc.sentences[sentenceOf(doc, c)]?.first ?? 0;
  let a = c - 1;
  while (a > first && (nameAt(doc, a - 1) || PHRASE_POS.has((doc.tokens[a - 1] as Tok).pos))) a--;
  const before = a > first ? doc.tokens[a - 1] : undefined;
  if (!before) return false;
  return before.norm === 'of' || (before.pos === 'VERB' && !INDIRECT_CUES.has(before.norm));
}

/**
 * "Harbor Board notes (that) officials wrote in May were leaked": "that" or nothing, a subject and its verb
 * with no object after it (an active verb, not "were hired", nor a verb of saying), then the sentence's own
 * verb: an object relative clause of the noun, no report.
 */
function objectRelative(doc: Doc, k: number): boolean {
  const end = doc.sentences[sentenceOf(doc, k - 1)]?.end ?? doc.tokens.length;
  let j = doc.tokens[k]?.norm === 'that' ? k + 1 : k;
  if (doc.tokens[j]?.pos === 'DET') j++;
  if (j >= end || !SUBJECT_POS.has((doc.tokens[j] as Tok).pos)) return false;
  while (j < end && SUBJECT_POS.has((doc.tokens[j] as Tok).pos)) j++;
  const verb = j;
  while (j < end && VERB_POS.has((doc.tokens[j] as Tok).pos)) {
    if (BE_FORMS.has((doc.tokens[j] as Tok).norm)) return false;
    j++;
  }
  // "Ann Wu notes that officials said in May fares would rise": a verb of saying after "that" opens a
  // report of a report, no relative clause
  if (doc.tokens.slice(verb, j).some((x) => INDIRECT_CUES.has(x.norm))) return false;
  const after = doc.tokens[j];
  if (j === verb || !after || OBJECT_POS.has(after.pos) || after.norm === 'that') return false;
  // the main clause's verb after the relative clause, before any comma or conjunction
  for (; j < end; j++) {
    const t = doc.tokens[j] as Tok;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ') return false;
    if (VERB_POS.has(t.pos)) return true;
  }
  return false;
}
