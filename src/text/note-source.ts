// After a correction's or clarification's label, a sentence that names who gives the right value
// ("Tarn Water says the figure is about 3,000.") is the note's; news after the label is not. Read
// by text/editors-notes.ts.
import type { Sentence } from '../model/index.ts';
import { NOTE_OWN_WORDS, NOTE_SOURCE_VERB, NOTE_VALUE_WORDS } from './data/editors-notes.ts';
import { holdsPast } from './dates/coming.ts';
import { CONTENT_POS_NO_ADVERBS, isContentWord, stem } from './normalise.ts';

// A word that opens a clause: a subject holding one is no noun phrase ("Crews from Tarn Water, which
// says the main was old, …", "Residents who lost supply say …").
const CLAUSE_WORD = /\b(?:who|whom|whose|which|that|and|but|as|after|when|while|because|if|since)\b/i;

// At most this many words name the source ("A spokesperson for the Tarn Water utility in Kelso").
const SUBJECT_WORDS = 12;

// A noun phrase: one to SUBJECT_WORDS words, no clause word, no past form ("Supply returned on Saturday").
const nounPhrase = (text: string): boolean => {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= SUBJECT_WORDS && !CLAUSE_WORD.test(text) && !holdsPast(text);
};

/**
 * Where a sentence names its source before the verb of saying, as [start, end) in `text`, or null:
 * a subject heading it ("A spokesperson for Tarn Water in Kelso says …"), a subject with an
 * appositive ("Tarn Water, the supplier, says …") or a source between commas ("The figure, Tarn
 * Water says, is about 3,000.").
 * @example
 * sourceAt('Tarn Water, the supplier, says the figure is 3,000.') // [0, 25]
 */
export function sourceAt(text: string): [number, number] | null {
  const verb = NOTE_SOURCE_VERB.exec(text);
  if (!verb) return null;
  const head = text.slice(0, verb.index);
  // (commas of a number, "3,000", split nothing)
  const parts = head.split(/,(?!\d)/);
  if (parts.length === 1) return nounPhrase(head) ? [0, verb.index] : null;
  const [first = '', second = '', third] = parts;
  if (parts.length === 3 && (third ?? '').trim() === '' && nounPhrase(first) && nounPhrase(second))
    return [0, verb.index];
  const afterVerb = text.slice(verb.index + verb[0].length);
  if (parts.length === 2 && /^\s*,/.test(afterVerb) && nounPhrase(first) && nounPhrase(second))
    return [first.length + 1, verb.index];
  return null;
}

const OWN = new Set(NOTE_OWN_WORDS.map(stem));

// The content words of a sentence's tokens outside [from, to) of its text (as stems), the note's own
// words left out.
const contentOf = (sentence: Sentence, from = 0, to = 0): Set<string> =>
  new Set(
    sentence.tokens
      .filter((t) => (t.end <= from || t.start >= to) && isContentWord(t, CONTENT_POS_NO_ADVERBS))
      .map((t) => stem(t.norm))
      .filter((w) => !OWN.has(w)),
  );

/**
 * Whether `sentence` (its text `text`), after the note `note` (its text `noteText`), names who gives
 * the right value: a source (sourceAt) and, in the words outside it, the note's value told again: a
 * word of the note's ("… said the vote was on Tuesday." / "Kell council says the vote was on
 * Monday."), a word of a value ("the figure", "the correct name") or a number after a note with one.
 * "The council says it will reopen the road on Monday." after a note on a count is news.
 */
export function namesRightValue(sentence: Sentence, text: string, note: Sentence, noteText: string): boolean {
  const at = sourceAt(text);
  if (!at) return false;
  const base = sentence.start;
  const rest = text.slice(0, at[0]) + text.slice(at[1]);
  if (NOTE_VALUE_WORDS.test(rest) || (/\d/.test(rest) && /\d/.test(noteText))) return true;
  const own = contentOf(note);
  return [...contentOf(sentence, base + at[0], base + at[1])].some((w) => own.has(w));
}
