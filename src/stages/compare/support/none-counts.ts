import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { CASUALTY_WORDS, NONE_SCOPE_WORDS, NONE_WORDS, NOT_NONE_AFTER } from '../data/measures.ts';
import { measureOf, measureOfStem, runningTotal } from './measures.ts';
import { perReading, type Reading } from './reading.ts';

const CASUALTY = new Set(CASUALTY_WORDS.map(stem));
// The measures a word's stem tells: a casualty is of the dead and the injured.
const measuresOf = (s: string): readonly string[] => {
  const m = measureOfStem(s);
  return CASUALTY.has(s) ? ['death', 'injury'] : m === null ? [] : [m];
};
// the none phrases' words by their first word, in the list's order
const NONE = Map.groupBy(
  NONE_WORDS.map((p) => p.split(' ')),
  (words) => words[0] as string,
);
const NOT_NONE = new Set(NOT_NONE_AFTER);
const SCOPES = NONE_SCOPE_WORDS.map((p) => p.split(' '));

// Whether the clause of tokens[i..k] (to the punctuation either side) narrows the none to a part or a
// span ("… among the 12 nurses", "since Sunday", "In the past week …"): no total.
function scoped(tokens: readonly Token[], i: number, k: number): boolean {
  let start = i;
  while (start > 0 && tokens[start - 1]?.pos !== 'PUNCT') start--;
  let end = k;
  while (end < tokens.length && tokens[end]?.pos !== 'PUNCT') end++;
  for (let j = start; j < end; j++)
    if (SCOPES.some((p) => j + p.length <= end && p.every((w, n) => tokens[j + n]?.norm === w))) return true;
  return false;
}

// The measures a reading tells none of ("No one was killed" → death; "no casualties" → death, injury):
// a none word, then within its clause what it is none of, past auxiliaries, adverbs and adjectives.
const noneOf = perReading((r: Reading): ReadonlySet<string> => {
  const tokens = r.claim.tokens;
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const words = NONE.get((tokens[i] as Token).norm)?.find((p) =>
      p.every((w, k) => tokens[i + k]?.norm === w),
    );
    if (!words) continue;
    let k = i + words.length;
    // "none of the passengers on the ferry died": past what it is none of, to its verb
    if (tokens[k]?.norm === 'of')
      for (k++; k < i + 10 && /^(DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(tokens[k]?.pos ?? ''); ) k++;
    if (NOT_NONE.has(tokens[k]?.norm ?? '')) continue;
    while (/^(AUX|ADV|PART|ADJ)$/.test(tokens[k]?.pos ?? '') && !NOT_NONE.has(tokens[k]?.norm ?? '')) {
      if (tokens[k]?.pos === 'ADJ' && measuresOf(stem((tokens[k] as Token).text)).length > 0) break;
      k++;
    }
    // "no deaths reported among the 12 nurses" / "since Sunday": a none of a part or a span, no total
    if (scoped(tokens, i, k)) continue;
    for (const m of measuresOf(stem(tokens[k]?.text ?? ''))) out.add(m);
  }
  return out;
});

/**
 * The measure one reading tells none of where the other counts some of it ("No one was killed in
 * the fire" / "The fire killed three people"), as "none vs 3", or null. A running total ("since …")
 * is no count of the event told of.
 */
export function noneAgainstSome(a: Reading, b: Reading): string | null {
  const some = (none: Reading, other: Reading, flip: boolean): string | null => {
    const measures = noneOf(none);
    if (!measures.size) return null;
    const f = other.claim.figures.find(
      (g) =>
        g.unit === null && g.low >= 1 && !runningTotal(g, other) && measures.has(measureOf(g, other) ?? ''),
    );
    if (!f) return null;
    return flip ? `figure ${f.value} vs none` : `figure none vs ${f.value}`;
  };
  return some(a, b, false) ?? some(b, a, true);
}
