import type { Doc } from '../../../text/annotated.ts';
import { TITLE_SMALL_WORDS } from '../../../text/data/title-case.ts';
import {
  CUE_VERBS,
  JUDGING_CUES,
  LIKENING_CUES,
  NAMING_CUES,
  PASSIVE_CUES,
  SPEAKER_NOUNS,
} from '../data/speech.ts';
import { MAX_SCARE_QUOTE_WORDS } from '../patterns.ts';
import { sentenceAt } from './tokens.ts';

/** The parts of a token the scare-quote test reads (the extract stage's tokens and the segmented ones both have them). */
export interface WordToken {
  readonly text: string;
  readonly norm: string;
  readonly pos: string;
}

const WORD = /[\p{L}\p{N}]/u;
const STATEMENT_POS = new Set(['VERB', 'AUX']);
const CUE_POS = new Set(['VERB', 'ADJ']);

const cueWord = (w: string): boolean =>
  w.length > 2 &&
  (CUE_VERBS.has(w) ||
    NAMING_CUES.has(w) ||
    JUDGING_CUES.has(w) ||
    PASSIVE_CUES.has(w) ||
    LIKENING_CUES.has(w));

// A word that gives the quoted words a speaker: a speech verb ("said", "promising"), one that names,
// judges or likens ("called it", "praised the …"), "written by", "according to"; "so-called" is none.
// A verb, or an adjective: the tagger often takes "promising" or "called" for one; a noun ("the
// state", "a report") is none.
function isSpeechCue(tokens: readonly WordToken[], i: number): boolean {
  const t = tokens[i] as WordToken;
  if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') return true;
  if (!CUE_POS.has(t.pos) || tokens[i - 1]?.text === '-' || /^so-/.test(t.norm)) return false;
  // "asking", "noting", "admitting": the participle of a cue
  const stem = t.norm.endsWith('ing') ? t.norm.slice(0, -3) : '';
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : '';
  return [t.norm, stem, `${stem}e`, undoubled].some(cueWord);
}

// "pounding Varga as a “con artist”", "known as the “…”": a characterisation or a name, not the outlet's framing.
function namedAs(before: readonly WordToken[]): boolean {
  const n = before.length;
  const last = before[n - 1]?.norm;
  return last === 'as' || (before[n - 2]?.norm === 'as' && /^(?:a|an|the)$/.test(last ?? ''));
}

// “The Salt Harvest”, “The Steve Harvey Morning Show”: a capitalised article opening title-cased words
// names a work, a show or a list (mid-sentence an article is capitalised only as part of a title)
function namesWork(words: readonly WordToken[]): boolean {
  if (words.length < 2 || !/^(?:The|A|An)$/.test((words[0] as WordToken).text)) return false;
  return words.every((t) => TITLE_SMALL_WORDS.has(t.text) || /^[\p{Lu}\p{N}]/u.test(t.text));
}

/**
 * Whether quoted words are a scare quote, framing rather than a quote: a short phrase (1 to
 * MAX_SCARE_QUOTE_WORDS words) with no verb that would make it a statement and no closing full stop,
 * in a sentence with no speech cue before it (`before`: the sentence's tokens up to the opening mark)
 * or after it (`after`: from the closing mark to the sentence's end), and not introduced by a colon,
 * a comma or "as", nor a work's title mid-sentence (“The Salt Harvest”): `so-called “sanctuary
 * cities”`, `the “caravan”`. “very productive meeting”, as the mayor called it, is a quote.
 */
export function isScareQuote(
  before: readonly WordToken[],
  inside: readonly WordToken[],
  after: readonly WordToken[],
): boolean {
  const words = inside.filter((t) => WORD.test(t.text));
  if (words.length === 0 || words.length > MAX_SCARE_QUOTE_WORDS) return false;
  if (words.some((t) => STATEMENT_POS.has(t.pos))) return false;
  if (inside.some((t) => /^[.!?]$/.test(t.text))) return false;
  if (before.length > 0 && namesWork(words)) return false;
  if (/^[,:]$/.test(before[before.length - 1]?.text ?? '') || namedAs(before)) return false;
  // "…,” said the mayor, who backed the so-called “humanitarian” plan": after "so-called" only the
  // phrase's own clause counts (a cue before its comma gives another quote its speaker)
  // "The board, which stood by its “fair” offer, claimed …": a cue of the main clause tells what its
  // subject said, not the words of the relative clause the phrase stands in
  const relative = relativeClause(before);
  const own = soCalled(before) ? ownClause(before) : (relative ?? before);
  const rest = relative ? clauseEnd(after) : after;
  return !own.some((_, i) => isSpeechCue(own, i)) && !rest.some((_, i) => isSpeechCue(rest, i));
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);

// The relative clause set off by a comma that the phrase stands in (", which has clung to its"), from
// its pronoun on; null when the phrase is in no such clause.
function relativeClause(before: readonly WordToken[]): readonly WordToken[] | null {
  for (let i = before.length - 1; i > 0; i--) {
    const t = before[i] as WordToken;
    if (/^[,;:”"—–()]$/.test(t.text)) return null;
    if (RELATIVE.has(t.norm) && before[i - 1]?.text === ',') return before.slice(i);
  }
  return null;
}

// The tokens after the phrase up to the comma or dash that closes its clause.
function clauseEnd(after: readonly WordToken[]): readonly WordToken[] {
  const end = after.findIndex((t) => /^[,;—–)]$/.test(t.text));
  return end < 0 ? after : after.slice(0, end);
}

// Whether the tokens end in "so-called" (one token, or "so", "-", "called").
function soCalled(before: readonly WordToken[]): boolean {
  const n = before.length;
  if (before[n - 1]?.norm === 'so-called') return true;
  return before[n - 1]?.norm === 'called' && before[n - 2]?.text === '-' && before[n - 3]?.norm === 'so';
}

// The tokens after the last comma or closing quotation mark: the clause a phrase stands in.
function ownClause(before: readonly WordToken[]): readonly WordToken[] {
  for (let i = before.length - 1; i >= 0; i--)
    if (/^[,;”"]$/.test((before[i] as WordToken).text)) return before.slice(i + 1);
  return before;
}

/**
 * Whether the quote between the marks at tokens `open` and `close` of an article is a scare quote
 * (see `isScareQuote`); its sentence is that of the opening mark, to the end of the closing mark's.
 */
export function isScareQuoteAt(doc: Doc, open: number, close: number): boolean {
  const first = sentenceAt(doc, open);
  const last = sentenceAt(doc, close);
  if (!first || !last) return false;
  return isScareQuote(
    doc.tokens.slice(first.first, open),
    doc.tokens.slice(open + 1, close),
    doc.tokens.slice(close + 1, last.end),
  );
}

/**
 * "its “generous” offer of a 3.5 percent rise, claimed …": quoted words that run straight, with no
 * punctuation, into a common noun modify it; that noun (no speaker noun, no name) is no one's name.
 */
export function modifiedNoun(doc: Doc, from: number, k: number): boolean {
  const [last, noun] = [doc.tokens[from - 2], doc.tokens[k]];
  if (k !== from || !last || !noun || !/[\p{L}\p{N}]$/u.test(last.text)) return false;
  return noun.pos === 'NOUN' && !noun.entity && !SPEAKER_NOUNS.has(noun.norm);
}
