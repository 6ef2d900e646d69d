import type { Token } from '../../../model/index.ts';
import type { Reading } from './reading.ts';

// A time told by a word, not a date ("will close immediately", "at once", "right away"): the
// claim's time, which a candidate that gives a date instead ("will close on March 1, 2027") or no
// time at all does not state. Only another such word states it.

const TIME_WORDS: readonly (readonly string[])[] = [
  ['immediately'],
  ['instantly'],
  ['forthwith'],
  ['at', 'once'],
  ['right', 'away'],
  ['straight', 'away'],
  ['with', 'immediate', 'effect'],
];

// After these, the word times another event ("immediately after the vote") or tells what was not
// known at once ("not immediately clear"): no time of the claim's own.
const RELATIVE_AFTER = new Set(['after', 'before', 'following', 'upon', 'on', 'when', 'as', 'once']);
const NEGATED_BEFORE = new Set(['not', "n't", 'never']);

// Whether a time word of the claim's own event starts at token i.
function timeWordAt(tokens: readonly Token[], i: number): boolean {
  const words = TIME_WORDS.find((w) => w.every((x, k) => tokens[i + k]?.norm === x));
  if (!words || NEGATED_BEFORE.has(tokens[i - 1]?.norm ?? '')) return false;
  const next = tokens[i + words.length];
  return !(next && (RELATIVE_AFTER.has(next.norm) || next.pos === 'ADJ'));
}

/** Whether a clause times its event by a word ("immediately", "at once"), not by a date. */
export function hasTimeWord(r: Reading): boolean {
  return tellsTimeWord(r.claim.tokens);
}

/** `hasTimeWord` of a text's tokens (a headline's, a sentence's). */
export function tellsTimeWord(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => timeWordAt(tokens, i));
}

/**
 * Whether claim `a` times its event by a word that `b` does not tell ("will close immediately" /
 * "will close on March 1, 2027", or "will close"): `b` does not state the claim's time.
 */
export function timeWordUntold(a: Reading, b: Reading): boolean {
  return hasTimeWord(a) && !hasTimeWord(b);
}
