import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { OPPOSITE_WORDS } from '../data/opposites.ts';
import type { Reading } from './reading.ts';

const PAIRS = OPPOSITE_WORDS.map(([x, y]) => [new Set(x.map(stem)), new Set(y.map(stem))] as const);

// For a reading (worked out once: a reading is paired with many others): the stem of each token of
// its claim, their set, and which sides of which pairs it uses (bit 1: the first side, 2: the second),
// as the pairs' indexes in order with their bits.
interface Stems {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
  readonly pairs: readonly (readonly [number, number])[];
}
const STEMS = new WeakMap<Reading, Stems>();
function stemsOf(r: Reading): Stems {
  let found = STEMS.get(r);
  if (!found) {
    // the claim's stem of each token, read when it was made
    const list = r.claim.tokenStems;
    const set = new Set(list);
    const pairs: (readonly [number, number])[] = [];
    PAIRS.forEach(([x, y], i) => {
      const bits = (hasAny(set, x) ? 1 : 0) | (hasAny(set, y) ? 2 : 0);
      if (bits) pairs.push([i, bits]);
    });
    found = { list, set, pairs };
    STEMS.set(r, found);
  }
  return found;
}

function hasAny(stems: ReadonlySet<string>, side: ReadonlySet<string>): boolean {
  for (const s of side) if (stems.has(s)) return true;
  return false;
}

// Where a reading has a word of one side: its token indexes.
const at = (r: Reading, side: ReadonlySet<string>): number[] =>
  stemsOf(r).list.flatMap((s, i) => (side.has(s) ? [i] : []));

// The subject a word is told of: the nearest noun, name or pronoun before it, as a stem.
function subjectOf(r: Reading, i: number): string | null {
  for (let k = i - 1; k >= 0; k--) {
    const t = r.claim.tokens[k] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') return stem(t.text);
  }
  return null;
}

const NAMING = new Set(['NOUN', 'PROPN']);

// What a word is told of after it: the head of the first run of nouns and names within four tokens,
// before a punctuation mark or another verb, as a stem ("passed a resolution": resolution; "rejected the
// harbour plan on Tuesday": plan, so "the plan" on the other side is the same thing); its last common
// noun, else its last name ("the plan Tuesday": plan; "Harl Bridge": bridge); null when none.
function objectOf(r: Reading, i: number): string | null {
  const tokens = r.claim.tokens;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (!NAMING.has(t.pos)) continue;
    let head = t;
    for (let j = k + 1; j < tokens.length && NAMING.has((tokens[j] as Token).pos); j++) {
      const next = tokens[j] as Token;
      if (next.pos === 'NOUN' || head.pos === 'PROPN') head = next;
    }
    return stem(head.text);
  }
  return null;
}

/**
 * The opposite pair two readings use one side each of ("rejected" / "approved"), told of one subject
 * (the nearest noun, name or pronoun before each word is named on the other side too: not "the pilot
 * was killed" / "two passengers survived"), and of one thing after it where either names one (not
 * "passed a resolution condemning the theory" / "voted to reject the theory"), or null. Neither
 * sentence may use both sides.
 */
export function oppositeWords(a: Reading, b: Reading): string | null {
  const [stemsA, stemsB] = [stemsOf(a), stemsOf(b)];
  if (!stemsA.pairs.length || !stemsB.pairs.length) return null;
  const [sa, sb] = [stemsA.set, stemsB.set];
  const bitsB = new Map(stemsB.pairs);
  // a pair whose one side only a uses and whose other side only b uses
  for (const [index, bits] of stemsA.pairs) {
    if (bits === 3 || bitsB.get(index) !== 3 - bits) continue;
    const [x, y] = PAIRS[index] as (typeof PAIRS)[number];
    const [p, q] = bits === 1 ? [x, y] : [y, x];
    const [ia, ib] = [at(a, p), at(b, q)];
    const told = ia.some((i) => {
      const s = subjectOf(a, i);
      const o = objectOf(a, i);
      return s !== null && sb.has(s) && (o === null || sb.has(o));
    });
    const toldBack = ib.some((i) => {
      const s = subjectOf(b, i);
      const o = objectOf(b, i);
      return s !== null && sa.has(s) && (o === null || sa.has(o));
    });
    if (told && toldBack) return `${[...p][0]}/${[...q][0]}`;
  }
  return null;
}
