import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { OPENING_TOKENS } from '../../../text/quotes/marks.ts';
import { type ContestedSense, MOVEMENT_NOUNS } from '../data/contested-terms.ts';
import { headAfter, isPeople } from './uses.ts';

const MOVEMENT_STEMS = new Set(MOVEMENT_NOUNS.map(stem));
// words between "of"/"in"/"at" and the noun phrase they open: "a flood of 8,000 migrants", "the tide of these"
const OPENERS = new Set(['DET', 'NUM', 'PRON']);
// what may stand before a verb said of someone: its subject, "to", a modal ("will slam")
const SUBJECTS = new Set(['NOUN', 'PROPN', 'PRON', 'AUX']);
// what may follow it: its object, or a quotation ("Varga blasts ‘witch hunt’")
const OBJECTS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);

const aboutPeople = (t: Token | null | undefined): boolean =>
  t !== null && t !== undefined && (isPeople(t) || MOVEMENT_STEMS.has(stem(t.text)));

/**
 * Whether the words at `tokens[first, end)` are used in the entry's sense (see ContestedSense): a
 * metaphor about people when the noun phrase after its "of", "in" or "at", or the noun right before it
 * (a compound or its subject), names people or their movement; a verb said of someone when a
 * subject, "to" or a modal stands before it and an object or a quotation after it.
 */
export function inSense(
  sense: ContestedSense,
  tokens: readonly Token[],
  first: number,
  end: number,
): boolean {
  const before = tokens[first - 1];
  if (sense === 'said-of') {
    const after = tokens[end];
    const subject = before !== undefined && (SUBJECTS.has(before.pos) || before.norm === 'to');
    return subject && after !== undefined && (OBJECTS.has(after.pos) || OPENING_TOKENS.has(after.text));
  }
  if (
    before &&
    (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADJ') &&
    aboutPeople(before)
  )
    return true;
  if (!['of', 'in', 'at'].includes(tokens[end]?.norm ?? '')) return false;
  let k = end + 1;
  while (OPENERS.has(tokens[k]?.pos ?? '')) k++;
  return aboutPeople(headAfter(tokens, k));
}

// a form of "be" right before a participle makes it passive ("was admitted to hospital")
const BE_FORMS = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being']);
// how far after the verb the verb of what was said may come ("claimed on Twitter that …")
const CLAUSE_WINDOW = 8;

/**
 * Whether a past or -ing form at `tokens[first, end)` is used as the entry's verb of saying
 * (VERB_FORM_USES): 'active' when no form of "be" stands right before it; 'clause' when "that",
 * "to", a quotation mark or a verb comes before the next punctuation, within a few words.
 */
export function verbFormInSense(
  use: 'clause' | 'active',
  tokens: readonly Token[],
  first: number,
  end: number,
): boolean {
  if (BE_FORMS.has(tokens[first - 1]?.norm ?? '')) return false;
  if (use === 'active') return true;
  for (let k = end; k < Math.min(tokens.length, end + CLAUSE_WINDOW); k++) {
    const t = tokens[k] as Token;
    if (t.norm === 'that' || t.norm === 'to' || OPENING_TOKENS.has(t.text) || t.text === ':') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ') return false;
  }
  return false;
}
