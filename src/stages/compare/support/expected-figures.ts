// An expectation is not a count (issue 10: planned vs happened are different claims): "The union
// said it expected more than 50,000 members to join" tells what was looked for, and "61,000 members
// struck" what happened; a figure in the one is no support of the other.
import type { Token } from '../../../model/index.ts';
import { EXPECTING_VERBS, PLAN_WORDS } from '../data/modality-cues.ts';
import { MONTH_RE } from '../patterns.ts';

const PLAN = new Set(PLAN_WORDS);
const EXPECTING = new Set(EXPECTING_VERBS);
const word = (t: Token | undefined): string => t?.norm ?? '';

// the words of a noun phrase a plan verb may take before its "to" ("more than 50,000 of its members")
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV', 'PRON', 'ADP']);
// how many words that phrase may have
const OBJECT_REACH = 8;

// A number that tells a date, not an amount: a year ("growth in 2026") or a day after its month.
const dateNumber = (tokens: readonly Token[], k: number): boolean =>
  /^(1[5-9]|20)\d\d$/.test(tokens[k]?.text ?? '') || MONTH_RE.test(tokens[k - 1]?.text ?? '');

/**
 * Whether a plan verb takes the noun phrase that ends right before the infinitive "to" at `to`
 * ("expected more than 50,000 members to join", "wants the council and the ministry to agree"):
 * what follows is planned or expected, however long the phrase between.
 * @example
 * planBeforeObject(tokens('it expected more than 50,000 members to join'), 7) // true
 */
export function planBeforeObject(tokens: readonly Token[], to: number): boolean {
  let k = to - 1;
  while (
    k >= 0 &&
    to - k <= OBJECT_REACH &&
    PHRASE_TAGS.has(tokens[k]?.pos ?? '') &&
    word(tokens[k]) !== 'to'
  )
    k--;
  return k < to - 1 && tokens[k]?.pos === 'VERB' && PLAN.has(word(tokens[k]));
}

/**
 * Whether a verb of expectation takes a figure as its object ("said it expected more than 50,000
 * members", "expects 20,000 fans at the final", "hopes for 500 volunteers"): the figure is
 * expected, not counted. Not "than expected" or "as expected" (a figure told against an
 * expectation), not a year or a day ("expects growth in 2026"), and not a figure past the verb's
 * phrase (a comma, a verb or a "that" ends it).
 * @example
 * expectsFigure(tokens('The club expects 20,000 fans at the final.')) // true
 */
export function expectsFigure(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.pos !== 'VERB' || !EXPECTING.has(word(t))) return false;
    if (['than', 'as'].includes(word(tokens[i - 1]))) return false;
    for (let k = i + 1; k < tokens.length && k <= i + OBJECT_REACH; k++) {
      const u = tokens[k] as Token;
      if (u.pos === 'NUM' && !dateNumber(tokens, k)) return true;
      if (u.pos === 'PUNCT' || u.pos === 'VERB' || u.pos === 'AUX' || word(u) === 'that') return false;
    }
    return false;
  });
}
