import type { Token } from '../../../model/index.ts';
import { OCCASION_PREPOSITIONS, REPORTING_STEMS } from '../data/word-forms.ts';

const OCCASION = new Set(OCCASION_PREPOSITIONS);
// the words of a noun phrase ("a news conference", "the AP", "reporters")
const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEAD = new Set(['NOUN', 'PROPN']);
// how many words the occasion's noun phrase may take
const OCCASION_REACH = 5;

/**
 * Whether the day at token `i` dates a saying with its occasion between them: a verb of saying, the
 * occasion (a preposition and its noun phrase: "said at a news conference Wednesday", "said in a
 * statement on Friday"), or the listener a verb of telling names ("told the AP on Thursday"), then
 * the day. Not "said the attack on Tuesday killed five" (the day of what is said, no occasion).
 * `stems` are the tokens' stems.
 * @example
 * datesSaying(tokens('Oppal said at a news conference Wednesday.'), stemsOf(…), 6) // true
 */
export function datesSaying(tokens: readonly Token[], stems: readonly string[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.norm === 'on') k--;
  if (!HEAD.has(tokens[k]?.pos ?? '')) return false;
  let start = k;
  while (start - 1 >= 0 && k - start + 1 < OCCASION_REACH && NOMINAL.has(tokens[start - 1]?.pos ?? ''))
    start--;
  const saying = (at: number) => tokens[at]?.pos === 'VERB' && REPORTING_STEMS.has(stems[at] ?? '');
  if (OCCASION.has(tokens[start - 1]?.norm ?? '')) return saying(start - 2);
  return saying(start - 1) && stems[start - 1] === 'tell';
}
