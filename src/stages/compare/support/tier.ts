// Which path accepted a support: how close the candidate's words are, and what anchors the claim.
import type { Token } from '../../../model/index.ts';
import { coverFloor } from './cover-floor.ts';
import { perReading, type Reading } from './reading.ts';

/**
 * How the judge came to say `supports`: the candidate nearly copies the claim (`near copy`), or it
 * holds a number of the claim in digits or a length of time (`number held`), or the claim has no
 * number and no date (`words only`), or neither (`date or worded number`: one of those anchors it).
 * The evaluation prints the precision of each (`eval:support:dev -- --tiers`).
 */
export type SupportTier = 'near copy' | 'number held' | 'words only' | 'date or worded number';

// a near copy: this share of the words of each side stands in the other (any order, any case)
const NEAR_COPY_SHARE = 0.9;

/** The words of `tokens` (those with a letter or digit), lower-cased. */
export const wordsOf = (tokens: readonly Token[]): string[] =>
  tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.norm);

/** The share of `from`'s words that stand in `to` (any order; 0 when `from` is empty). */
export function shareIn(from: readonly string[], to: readonly string[]): number {
  if (from.length === 0) return 0;
  const there = new Set(to);
  return from.filter((w) => there.has(w)).length / from.length;
}

/**
 * Whether each of `a` and `b` has nearly all its words in the other: one sentence copied, with a word
 * or two changed, added or cut.
 * @example
 * nearCopy(read('The pier closed on Monday.'), read('The pier closed on Monday night.')) // true
 */
export function nearCopy(a: Reading, b: Reading): boolean {
  const wa = claimWords(a);
  const wb = claimWords(b);
  return shareOf(wa.words, wb.set) >= NEAR_COPY_SHARE && shareOf(wb.words, wa.set) >= NEAR_COPY_SHARE;
}

// A clause's words (`wordsOf`) and their set, read once: a clause is weighed against many.
const claimWords = perReading((r: Reading) => {
  const words = wordsOf(r.claim.tokens);
  return { words, set: new Set(words) };
});

// `shareIn` with the words `to` as a set.
function shareOf(from: readonly string[], there: ReadonlySet<string>): number {
  if (from.length === 0) return 0;
  let n = 0;
  for (const w of from) if (there.has(w)) n++;
  return n / from.length;
}

/** The tier of a pair the judge says supports (see SupportTier). */
export function supportTier(a: Reading, b: Reading): SupportTier {
  if (nearCopy(a, b)) return 'near copy';
  const path = coverFloor(a, b).path;
  return path === 'anchored' ? 'number held' : path === 'bare' ? 'words only' : 'date or worded number';
}
