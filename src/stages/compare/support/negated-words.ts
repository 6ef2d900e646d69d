import { NEGATION } from '../../../text/negated-words.ts';
import { stem } from '../../../text/normalise.ts';
import { perReading, type Reading } from './reading.ts';

// The adjectives a reading negates right before them ("found him not guilty" → guilti), and those
// it tells without a negation, as stems.
const told = perReading(
  (r: Reading): { readonly negated: ReadonlySet<string>; readonly plain: ReadonlySet<string> } => {
    const tokens = r.claim.tokens;
    const negated = new Set<string>();
    const plain = new Set<string>();
    tokens.forEach((t, i) => {
      if (t.pos !== 'ADJ') return;
      (NEGATION.has(tokens[i - 1]?.norm ?? '') ? negated : plain).add(stem(t.text));
    });
    return { negated, plain };
  },
);

/**
 * An adjective one reading negates ("found Ole Brandt not guilty") that the other tells of its
 * subject without a negation ("found Ole Brandt guilty"), where neither tells it both ways: the
 * stem, or null. The caller checks that the two tell one predicate of one subject.
 */
export function negatedWord(a: Reading, b: Reading): string | null {
  const [x, y] = [told(a), told(b)];
  for (const w of x.negated) if (y.plain.has(w) && !y.negated.has(w) && !x.plain.has(w)) return w;
  for (const w of y.negated) if (x.plain.has(w) && !x.negated.has(w) && !y.plain.has(w)) return w;
  return null;
}
