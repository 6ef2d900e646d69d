import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { OPPOSITE_WORDS } from '../data/opposites.ts';
import type { Reading } from './reading.ts';

const PAIRS = OPPOSITE_WORDS.map(([x, y]) => [new Set(x.map(stem)), new Set(y.map(stem))] as const);

// Where a reading has a word of one side: its token indexes.
const at = (r: Reading, side: ReadonlySet<string>): number[] =>
  r.claim.tokens.flatMap((t, i) => (side.has(stem(t.text)) ? [i] : []));

// The subject a word is told of: the nearest noun, name or pronoun before it, as a stem.
function subjectOf(r: Reading, i: number): string | null {
  for (let k = i - 1; k >= 0; k--) {
    const t = r.claim.tokens[k] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') return stem(t.text);
  }
  return null;
}

/**
 * The opposite pair two readings use one side each of ("rejected" / "approved"), told of one subject
 * (the nearest noun, name or pronoun before each word is named on the other side too: not "the pilot
 * was killed" / "two passengers survived"), or null. Neither sentence may use both sides.
 */
export function oppositeWords(a: Reading, b: Reading): string | null {
  const stems = (r: Reading) => new Set(r.claim.tokens.map((t) => stem(t.text)));
  const [sa, sb] = [stems(a), stems(b)];
  for (const [x, y] of PAIRS)
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const) {
      const [ia, ib] = [at(a, p), at(b, q)];
      if (!ia.length || !ib.length || at(a, q).length || at(b, p).length) continue;
      const told = ia.some((i) => {
        const s = subjectOf(a, i);
        return s !== null && sb.has(s);
      });
      const toldBack = ib.some((i) => {
        const s = subjectOf(b, i);
        return s !== null && sa.has(s);
      });
      if (told && toldBack) return `${[...p][0]}/${[...q][0]}`;
    }
  return null;
}
