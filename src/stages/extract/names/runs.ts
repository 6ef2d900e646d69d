// The words of a name: which token can be one, and the words and spans of a run of them.
import { type Doc, sentenceOf, spacedAt, type Tok } from '../../../text/annotated.ts';
import { BACKTICK, OPENING_TOKENS } from '../../../text/quotes/marks.ts';
import { getStopWords } from '../../../text/wink.ts';
import { NOT_NAMES } from '../data/given-names.ts';
import { CALENDAR_WORD, DATE_ENTITIES, NAME_POS, PLURAL_ACRONYM } from '../patterns.ts';

/** A word that opens with a capital letter. */
export const UPPER = /^\p{Lu}/u;
/** Tokens after which a word is capitalised as if it opened a sentence: quote marks, brackets, dashes. */
export const OPENERS = new Set([...OPENING_TOKENS, BACKTICK, '(', '[', ':', '—', '–', '-']);

/** Whether a token can be a word of a name: capitalised, of a name's part of speech, no date and no stop word. */
export function isNameWord(t: Tok | undefined): boolean {
  if (!t) return false;
  // most tokens are lower-case: settle them with one character test before any regex
  const code = t.text.charCodeAt(0);
  if (code >= 97 && code <= 122) return false;
  if (!NAME_POS.has(t.pos) || t.pos === 'NUM') return false;
  // an ASCII capital is A to Z: the Unicode class is read only for other characters
  const upper = code < 128 ? code >= 65 && code <= 90 : UPPER.test(t.text);
  if (!upper || PLURAL_ACRONYM.test(t.text)) return false;
  if ((t.entity && DATE_ENTITIES.has(t.entity)) || CALENDAR_WORD.test(t.text)) return false;
  return !NOT_NAMES.has(t.norm.includes('.') ? t.norm.replace(/\./g, '') : t.norm);
}

/** Parts of speech wink gives a word of a name it misreads, besides the name's own (`NAME_POS`). */
const MISREAD_NAME_POS: ReadonlySet<string> = new Set([
  'AUX',
  'INTJ',
  'DET',
  'ADP',
  'PRON',
  'SCONJ',
  'CCONJ',
  'PART',
]);

/**
 * The words misread as function words ("das") that follow a name word in the article ("Priya Das"): a lone
 * one of them is the person named by surname ("Das said …"), found by `findNames` like any name's start.
 */
export function misreadSurnames(doc: Doc): ReadonlySet<string> {
  const found = new Set<string>();
  doc.tokens.forEach((t, k) => {
    if (k > 0 && MISREAD_NAME_POS.has(t.pos) && isNameWord(doc.tokens[k - 1]) && isMisreadNameWord(doc, k))
      found.add(t.norm);
  });
  return found;
}

/**
 * "Priya Das", "Mei Oh": a capitalised word inside a name that wink tags as a function word ("Das" an
 * auxiliary, "Oh" an interjection) is a word of the name when it is no English stop word and its
 * sentence is running text (a Title-Case headline capitalises its auxiliaries: "Harris Is Back").
 */
export function isMisreadNameWord(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Tok;
  if (!MISREAD_NAME_POS.has(t.pos) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !spacedAt(doc, k)) return false;
  if (doc.sentences[sentenceOf(doc, k)]?.titleCase || NOT_NAMES.has(t.norm)) return false;
  return !getStopWords().has(t.norm);
}

/** Join a token range into name words, hyphenated parts glued and connectors kept. */
export function wordsOf(doc: Doc, a: number, b: number): string[] {
  return wordSpansOf(doc, a, b).map(([s, e]) => doc.text.slice(s, e));
}

/** Character span of each name word in a token range, tokens written together counted as one word. */
export function wordSpansOf(doc: Doc, a: number, b: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k] as Tok;
    const last = spans[spans.length - 1];
    if (!spacedAt(doc, k) && last && k > a) last[1] = t.end;
    else spans.push([t.start, t.end]);
  }
  return spans;
}
