import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { ANTONYM_WORDS } from '../data/antonyms.ts';
import { OPPOSITE_WORDS } from '../data/opposites.ts';
import { perReading, type Reading } from './reading.ts';

// both lists: a pair that proves a contradiction of one subject also withholds a ✓ of any subject
const PAIRS = [...OPPOSITE_WORDS, ...ANTONYM_WORDS].map(
  ([x, y]) => [new Set(x.map(stem)), new Set(y.map(stem))] as const,
);
// each pair's two sides, numbered in the order oppositeTold tries them: pair k's first side (2k) is
// tried against its second (2k + 1), then the second against the first; `side ^ 1` is the other side
const SIDES: readonly ReadonlySet<string>[] = PAIRS.flat();
const LABELS = SIDES.map((p, s) => `${[...p][0]}/${[...(SIDES[s ^ 1] as ReadonlySet<string>)][0]}`);
// stem → the sides that hold it
const SIDES_OF = new Map<string, number[]>();
for (const [s, side] of SIDES.entries())
  for (const w of side) SIDES_OF.set(w, [...(SIDES_OF.get(w) ?? []), s]);
const TOLD = new Set(['VERB', 'NOUN', 'ADJ', 'ADV', 'AUX']);

// Whether token i of a reading tells a word of a side: a predicate, a measure or a state of the
// sentence, not a word of a name ("Open University") nor "close to".
function tells(r: Reading, i: number, side: ReadonlySet<string>): boolean {
  const t = r.claim.tokens[i] as Token;
  if (!side.has(r.claim.tokenStems[i] as string) || !TOLD.has(t.pos)) return false;
  return (r.claim.tokens[i + 1] as Token | undefined)?.norm !== 'to' || t.pos === 'VERB';
}

interface SidesOf {
  /** The sides a word of the reading tells (`tells`), in ascending order. */
  readonly told: readonly number[];
  /** 1 for each side the reading tells. */
  readonly tells: Uint8Array;
  /** 1 for each side one of the reading's stems is a word of (told or not). */
  readonly uses: Uint8Array;
}

// The sides a reading tells and uses, read once (a reading is judged against many others).
const sidesOf = perReading((r: Reading): SidesOf => {
  const tellsSide = new Uint8Array(SIDES.length);
  const uses = new Uint8Array(SIDES.length);
  r.claim.tokenStems.forEach((s, i) => {
    for (const side of SIDES_OF.get(s) ?? []) {
      uses[side] = 1;
      if (!tellsSide[side] && tells(r, i, SIDES[side] as ReadonlySet<string>)) tellsSide[side] = 1;
    }
  });
  const told: number[] = [];
  tellsSide.forEach((t, side) => {
    if (t) told.push(side);
  });
  return { told, tells: tellsSide, uses };
});

/**
 * The opposite word `b` tells in place of `a`'s ("profit" for "losses", "open" for "close", "fell"
 * for "rose"): `a` tells one side of a pair and nothing of the other, `b` tells the other side and
 * has no word of `a`'s. Such a candidate does not state the claim, whoever it tells it of; null when
 * none.
 * @example
 * oppositeTold(read('The terminal will close in June.'), read('The terminal will stay open through June.')) // 'close/open'
 */
export function oppositeTold(a: Reading, b: Reading): string | null {
  const x = sidesOf(a);
  if (!x.told.length) return null;
  const y = sidesOf(b);
  for (const p of x.told) {
    const q = p ^ 1;
    if (!x.uses[q] && y.tells[q] && !y.uses[p]) return LABELS[p] as string;
  }
  return null;
}
