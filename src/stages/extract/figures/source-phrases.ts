// The phrases a figure's source is read from around a cue (figures/sources.ts): who "puts" an
// estimate "at" a figure, a speaker after the cue that ends the sentence, a subject across an aside,
// the "add" that adds a figure rather than reports one, and the speaker of a relative clause without
// "that" ("…, a move economists say strengthens the case").
import type { Doc, DocSentence, Tok } from '../../../text/annotated.ts';
import { CLOSING_TOKENS } from '../../../text/quotes/marks.ts';
import {
  CLAUSE_ONLY_CUES,
  ESTIMATE_NOUNS,
  ESTIMATE_VERBS,
  HEARER_CUES,
  TIME_AFTER_CUE,
} from '../data/speech.ts';
import { phraseAfter, phraseBefore } from '../speakers/phrases.ts';
import { subjectBefore, verbGroup } from '../speakers/subject.ts';

// What an estimate is of, read past before its "at" ("the number of members on strike at"): its words.
const [OF_PHRASE_MAX, OF_WORDS] = [5, /^(?:ADP|DET|ADJ|NOUN|PROPN)$/];
/**
 * "the union puts the figure at 1,200": the phrase before a form of "put" whose object is an
 * estimate's noun followed by "at"
 */
export function putsAt(doc: Doc, c: number, s: DocSentence): [number, number] | null {
  if (!ESTIMATE_VERBS.has((doc.tokens[c] as Tok).norm)) return null;
  let k = c + 1;
  while (k < s.end && /^(?:DET|PRON|ADJ)$/.test((doc.tokens[k] as Tok).pos)) k++;
  if (!ESTIMATE_NOUNS.has(doc.tokens[k]?.norm ?? '')) return null;
  // past what the estimate is of ("the number of members on strike at 61,000")
  const ofEnd = doc.tokens[k + 1]?.norm === 'of' ? k + 1 + OF_PHRASE_MAX : k;
  while (k + 1 < ofEnd && doc.tokens[k + 1]?.norm !== 'at' && OF_WORDS.test(doc.tokens[k + 1]?.pos ?? ''))
    k++;
  if (doc.tokens[k + 1]?.norm !== 'at') return null;
  return phraseBefore(doc, c, s.first);
}

/**
 * "…,” said Ann Lind." and "…, said Tom Reyes, the harbour master.": the phrase after a cue that follows a
 * comma or a closing quotation mark and ends the sentence, or an appositive does (not a hearer's)
 */
export function speakerAfter(doc: Doc, c: number, end: number): [number, number] | null {
  const before = doc.tokens[c - 1];
  if (!before || !(before.text === ',' || CLOSING_TOKENS.has(before.text))) return null;
  // "…, his agent, told ESPN": the phrase after "told" is who heard
  if (HEARER_CUES.has((doc.tokens[c] as Tok).norm)) return null;
  const np = phraseAfter(doc, c + 1, end);
  if (!np) return null;
  if (end - np[1] <= 1) return np;
  const aside = doc.tokens[np[1]]?.text === ',' ? phraseAfter(doc, np[1] + 1, end) : null;
  return aside && end - aside[1] <= 1 ? np : null;
}

/**
 * "The economy added 213,000 jobs in June": "add" before a quantity that no verb follows adds it, and
 * reports nothing ("Lee added 40 boats had sunk" reports)
 */
export function addsFigure(doc: Doc, c: number, end: number): boolean {
  if (!CLAUSE_ONLY_CUES.has((doc.tokens[c] as Tok).norm)) return false;
  let k = c + 1;
  while (k < end && /^(?:ADV|DET|ADJ)$/.test((doc.tokens[k] as Tok).pos)) k++;
  if (doc.tokens[k]?.pos !== 'NUM') return false;
  while (k < end && /^(?:NUM|NOUN|PROPN|ADJ)$/.test((doc.tokens[k] as Tok).pos)) k++;
  return !/^(?:VERB|AUX)$/.test(doc.tokens[k]?.pos ?? '');
}

/**
 * "Lee, the governor, said …", "the governor also said …": the subject of an active cue across an
 * aside or an adverb, when no phrase stands right before it; a participle has none ("…, adding …")
 */
export function subjectAcross(doc: Doc, c: number, first: number): [number, number] | null {
  const before = doc.tokens[c - 1]?.pos;
  if ((before !== 'PUNCT' && before !== 'ADV') || (doc.tokens[c] as Tok).norm.endsWith('ing')) return null;
  const group = verbGroup(doc, c, first);
  return group && !group.passive ? (subjectBefore(doc, group.start, first)?.np ?? null) : null;
}

/**
 * "…, a move economists say strengthens the case", "a blast officials said killed 12 people": a cue
 * right before a verb whose subject is missing (not a participle) reports that verb's clause, a
 * relative clause without "that" told of the noun before the speaker
 */
export function gapReported(doc: Doc, c: number, end: number): boolean {
  let k = c + 1;
  while (k < end && TIME_AFTER_CUE.has((doc.tokens[k] as Tok).norm)) k++;
  const next = doc.tokens[k];
  return k < end && next !== undefined && /^(?:VERB|AUX)$/.test(next.pos) && !next.norm.endsWith('ing');
}

// The words that may open a speaker's name after the noun a relative clause is told of.
const SPEAKER_OPENERS = /^(?:ADJ|NOUN|PROPN|NUM)$/;

/**
 * The speaker in the phrase `np` before the cue of a relative clause without "that" ("a move Australian
 * economists say …"): the words after its determiner and the noun the clause is told of; else np.
 */
export function afterRelativeHead(doc: Doc, np: [number, number]): [number, number] {
  if (doc.tokens[np[0]]?.pos !== 'DET') return np;
  let k = np[0] + 1;
  while (k < np[1] && doc.tokens[k]?.pos === 'ADJ') k++;
  const opens = SPEAKER_OPENERS.test(doc.tokens[k + 1]?.pos ?? '');
  return doc.tokens[k]?.pos === 'NOUN' && k + 1 < np[1] && opens ? [k + 1, np[1]] : np;
}
