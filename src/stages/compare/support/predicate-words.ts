import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { MANNER_AFTER_WITHOUT, NEGATING_VERBS, PLAN_WORDS } from '../data/modality-cues.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';

// Single words of a clause as its mood is read from them: its predicate verb (not a reporting verb, not a
// name a tagger read as a verb) and a negation word that does not deny the predicate ("not only", "a not
// guilty plea"). modality.ts reads the clause's mood with them.

const PLAN = new Set(PLAN_WORDS);
const NEGATING = new Set(NEGATING_VERBS);
const MANNER = new Set(MANNER_AFTER_WITHOUT);

// marker words are plain ASCII: the token's lower-cased form is enough (no accent folding)
const word = (t: Token | undefined): string => t?.norm ?? '';

/** Whether token k is the "yet" of "had yet to regain", "is yet to decide": not done so far, as "had not yet". */
export function yetTo(tokens: readonly Token[], k: number): boolean {
  return word(tokens[k]) === 'yet' && word(tokens[k + 1]) === 'to' && tokens[k - 1]?.pos === 'AUX';
}

/**
 * Whether token k ends a "not" a scrape spaced out ("hadn ’ t", read as "hadn", "’", "t"): the
 * apostrophe, read as punctuation, would otherwise hide the negation.
 */
export function spacedNot(tokens: readonly Token[], k: number): boolean {
  return (
    word(tokens[k]) === 't' &&
    /^['’`]$/.test(tokens[k - 1]?.text ?? '') &&
    /n$/i.test(tokens[k - 2]?.text ?? '')
  );
}

/**
 * Whether token k is the "without" of a manner ("arrested without incident", "without a hitch"), which
 * tells how the thing was done, not that it was not.
 */
export function mannerWithout(tokens: readonly Token[], k: number): boolean {
  if (word(tokens[k]) !== 'without') return false;
  return MANNER.has(word(word(tokens[k + 1]) === 'a' ? tokens[k + 2] : tokens[k + 1]));
}

/**
 * Whether token k is the "not" of "not only" ("is familiar not only with … but …"), which adds,
 * not denies.
 */
export function notOnly(tokens: readonly Token[], k: number): boolean {
  return word(tokens[k]) === 'not' && /^(only|just|merely|simply)$/.test(word(tokens[k + 1]));
}

/**
 * Whether token k is a "not" that denies a word of a noun phrase, not the predicate: right after an
 * article ("a not guilty plea", "the not-so-distant past"), or opening a phrase before an adjective
 * and its noun ("Not guilty pleas were entered", "said that not guilty pleas …", "of not guilty
 * verdicts"; not "that not enough was done").
 */
export function notOfAttribute(tokens: readonly Token[], k: number): boolean {
  if (word(tokens[k]) !== 'not') return false;
  const before = tokens[k - 1];
  if (/^(a|an|the)$/.test(word(before))) return true;
  const opens = before === undefined || /^(PUNCT|ADP|SCONJ)$/.test(before.pos) || word(before) === 'that';
  return opens && tokens[k + 1]?.pos === 'ADJ' && /^(NOUN|PROPN)$/.test(tokens[k + 2]?.pos ?? '');
}

// a capitalised word ("Hallam", "Browning"; not "EYP" or "said")
const capitalised = (t: Token | undefined): boolean => /^\p{Lu}\p{Ll}/u.test(t?.text ?? '');

/**
 * Whether token i is a capitalised word of a name that a tagger read as a verb: the rest of a name
 * after a capitalised proper noun ("Const. Tim Fanning told a news conference", "Ada Browning said")
 * or a given name before one ("Drew Hallam said, …": "drew", the past of "draw", tells no done event).
 */
export const nameAsVerb = (tokens: readonly Token[], i: number): boolean =>
  capitalised(tokens[i]) &&
  ((tokens[i - 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) ||
    (tokens[i + 1]?.pos === 'PROPN' && capitalised(tokens[i + 1])));

/** Whether a token is the main predicate candidate: a verb that is not an auxiliary or a reporting verb. */
export function isPredicate(t: Token): boolean {
  return t.pos === 'VERB' && predicateVerb(t, stem(t.text));
}

/** `isPredicate` of a token whose stem the caller has (`tokenStem`). */
export function isPredicateStem(t: Token, tokenStem: string): boolean {
  return t.pos === 'VERB' && predicateVerb(t, tokenStem);
}

const predicateVerb = (t: Token, s: string): boolean =>
  !REPORTING_STEMS.has(s) && !PLAN.has(word(t)) && !NEGATING.has(word(t));
