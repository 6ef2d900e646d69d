import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import type { Reading } from './reading.ts';

// The tail of a decimal a segmenter cut at its point ("6. 1-magnitude quake" → "1-magnitude quake …"):
// digits that open the sentence, and the stem of the word they are of ("magnitude").
function cutTail(r: Reading): { value: number; of: string } | null {
  const tokens = r.claim.tokens;
  const first = tokens[0];
  if (!first || first.start !== r.claim.sentence.start || !/^\d+$/.test(first.text)) return null;
  const next: Token | undefined = tokens[tokens[1]?.text === '-' ? 2 : 1];
  if (!next || !/\p{L}/u.test(next.text)) return null;
  return { value: Number(first.text), of: stem(next.text) };
}

/**
 * Two sentences that each open with the tail of a cut decimal of one thing ("1-magnitude quake
 * struck …" / "9-magnitude quake struck …"): whatever the whole numbers were, other tails make other
 * values ("6.1" / "5.9", or "6.1" / "6.9"). The two values' tails, or null.
 */
export function cutDecimalClash(a: Reading, b: Reading): [number, number] | null {
  const [x, y] = [cutTail(a), cutTail(b)];
  if (!x || !y || x.of !== y.of || x.value === y.value) return null;
  return [x.value, y.value];
}
