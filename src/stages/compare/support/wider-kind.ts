// A count told of a wider measure: "1,850 schools were closed or partly closed" counts the schools
// closed and those closed in part, so it does not state "some 2,000 schools closed" (newuser21 #6:
// the judge supported the Sentinel's own-voice 2,000 by the union's 1,850 "closed or partly
// closed"). Two measures, not one: neither states the other's count.
import type { Token } from '../../../model/index.ts';
import { KIND_ADVERBS } from '../data/narrowing-words.ts';
import type { Reading } from './reading.ts';
import { foldedWords } from './relations.ts';

/**
 * The adverb of kind `b` adds as an alternative ("closed or partly closed", "shut or partially
 * shut") where `a` has no such word, or null: `b` tells a wider measure than `a`.
 * @example
 * widerKind(read('2,000 schools closed.'), read('1,850 were closed or partly closed.')) // 'partly'
 */
export function widerKind(a: Reading, b: Reading): string | null {
  const tokens = b.claim.tokens;
  const inA = foldedWords(a);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (tokens[i - 1]?.norm === 'or' && KIND_ADVERBS[t.norm] !== undefined && !inA.has(t.norm)) return t.norm;
  }
  return null;
}
