import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { ANTONYM_WORDS } from '../data/antonyms.ts';
import { OPPOSITE_WORDS } from '../data/opposites.ts';
import type { Reading } from './reading.ts';

// both lists: a pair that proves a contradiction of one subject also withholds a ✓ of any subject
const PAIRS = [...OPPOSITE_WORDS, ...ANTONYM_WORDS].map(
  ([x, y]) => [new Set(x.map(stem)), new Set(y.map(stem))] as const,
);
const TOLD = new Set(['VERB', 'NOUN', 'ADJ', 'ADV', 'AUX']);

// Whether token i of a reading tells a word of a side: a predicate, a measure or a state of the
// sentence, not a word of a name ("Open University") nor "close to".
function tells(r: Reading, i: number, side: ReadonlySet<string>): boolean {
  const t = r.claim.tokens[i] as Token;
  if (!side.has(r.claim.tokenStems[i] as string) || !TOLD.has(t.pos)) return false;
  return (r.claim.tokens[i + 1] as Token | undefined)?.norm !== 'to' || t.pos === 'VERB';
}

const uses = (r: Reading, side: ReadonlySet<string>): boolean => r.claim.tokenStems.some((s) => side.has(s));
const tellsAny = (r: Reading, side: ReadonlySet<string>): boolean =>
  r.claim.tokenStems.some((_, i) => tells(r, i, side));

/**
 * The opposite word `b` tells in place of `a`'s ("profit" for "losses", "open" for "close", "fell"
 * for "rose"): `a` tells one side of a pair and nothing of the other, `b` tells the other side and
 * has no word of `a`'s. Such a candidate does not state the claim, whoever it tells it of; null when
 * none.
 * @example
 * oppositeTold(read('The terminal will close in June.'), read('The terminal will stay open through June.')) // 'close/open'
 */
export function oppositeTold(a: Reading, b: Reading): string | null {
  for (const [x, y] of PAIRS)
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const)
      if (tellsAny(a, p) && !uses(a, q) && tellsAny(b, q) && !uses(b, p)) return `${[...p][0]}/${[...q][0]}`;
  return null;
}
