// Pairs of small counts read loosely, for a reader that knows a tally is meant: a correction's "It was
// eight to three" after the tally it puts right (compare/put-right-tally.ts).
import { DASHED, hyphenNext, smallCount, TALLY_LINKS, type TallySpan, type Word } from './tally.ts';

/**
 * Every pair of small counts joined by "to", "against" or a dash ("eight to three", "8-3"), whatever
 * stands around them: a tally only where the words around say so already (a correction's "It was
 * eight to three" after the tally it puts right); talliesIn reads a sentence on its own.
 */
export function countPairsIn(tokens: readonly Word[]): TallySpan[] {
  const out: TallySpan[] = [];
  const pair = (x: number, y: number, first: number, last: number) =>
    out.push({ tally: `${Math.max(x, y)}-${Math.min(x, y)}`, first, last });
  for (let i = 0; i < tokens.length; i++) {
    const dashed = DASHED.exec((tokens[i] as Word).text);
    if (dashed) {
      pair(Number(dashed[1]), Number(dashed[2]), i, i);
      continue;
    }
    const [near, far] = [smallCount(tokens[i - 2]), smallCount(tokens[i])];
    if (near === null || far === null || !TALLY_LINKS.has(tokens[i - 1]?.norm ?? '')) continue;
    if (!hyphenNext(tokens, i - 2) && !hyphenNext(tokens, i)) pair(near, far, i - 2, i);
  }
  return out;
}
