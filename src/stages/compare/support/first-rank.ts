import type { Token } from '../../../model/index.ts';
import { FIRST_WORDS } from '../data/narrowing-words.ts';
import type { Reading } from './reading.ts';

// "first" before the noun it ranks, past adjectives ("its first year", "her first major title"); not
// "at first", "first reported", nor a compound ("first-degree murder", "first-half goals").
function ranksFirst(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'first') return false;
  let k = i + 1;
  while (tokens[k]?.pos === 'ADJ') k++;
  return tokens[k]?.pos === 'NOUN';
}

/**
 * Whether claim `a` calls its thing the first of its kind and `b` tells no first at all: "her
 * appearance in the magazine's first year was a milestone" is not stated by "her appearance in the
 * magazine was a milestone" (a number of the claim, rank one, untold).
 */
export function firstUntold(a: Reading, b: Reading): boolean {
  const tokens = a.claim.tokens;
  return tokens.some((_, i) => ranksFirst(tokens, i)) && !b.claim.tokens.some((t) => FIRST_WORDS[t.norm]);
}
