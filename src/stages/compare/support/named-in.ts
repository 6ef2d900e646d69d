import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import type { Reading } from './reading.ts';
import { foldedWords } from './relations.ts';

// The words that name what a sentence tells of ("the east wing", "the Orrin tunnel", "closed to trucks").
const NAMING = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Whether every word that names what `r` tells of, among its first `end` tokens, is a word of
 * `other`: "the east wing" / "the west wing", "the Orrin tunnel" / "the Orrin bridge" are two things,
 * so their two times are no two values of one. For the rules that take two times for one thing
 * without a name to tell it by (until-bounds.ts, at-once.ts).
 * @example
 * namedIn(read('The Orrin tunnel will close immediately.'), read('The Orrin bridge will close in May.'), 3) // false
 */
export function namedIn(r: Reading, other: Reading, end: number): boolean {
  const words = foldedWords(other);
  return r.claim.tokens
    .slice(0, Math.max(end, 0))
    .every((t: Token) => !NAMING.has(t.pos) || words.has(fold(t.text)));
}

/** The index of a reading's first verb (its subject before it), or its length when it has none. */
export function firstVerb(r: Reading): number {
  const k = r.claim.tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return k < 0 ? r.claim.tokens.length : k;
}
