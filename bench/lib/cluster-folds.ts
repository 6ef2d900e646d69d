// Two folds inside a grouping development half, to check a change on data it was not written on:
// the dev half's stories (ECB+ even topics, NeuS even story ids) parted by their number, those whose
// half is even (0, 4, 8 …) in fold A, the others (2, 6, 10 …) in fold B; or (`hashFoldOf`) by a hash of
// the number, a second parting that no rule so far was written on. Write a rule on one fold, check it
// on the other; keep it only when it gains on both.
import { createHash } from 'node:crypto';
import type { Prepared } from './cluster-eval.ts';

/** How a dev story's number is given its fold. */
export type FoldOf = (n: number) => 'A' | 'B' | null;

/** The fold of an even story number: 'A' for 0, 4, 8 …, 'B' for 2, 6, 10 …; null for an odd one (held out). */
export function foldOf(n: number): 'A' | 'B' | null {
  if (!Number.isInteger(n) || n % 2 !== 0) return null;
  return n % 4 === 0 ? 'A' : 'B';
}

/**
 * The fold of an even story number by a hash of it (salted: 'A' when the first byte of the SHA-1 of
 * `grouping-fold:<n>` is even; the salt chosen, before any figure, for parting ECB+'s 22 dev
 * topics 11 and 11 and NeuS's even ids 0–400 100 and 101); null for an odd one (held out).
 */
export function hashFoldOf(n: number): 'A' | 'B' | null {
  if (!Number.isInteger(n) || n % 2 !== 0) return null;
  return createHash('sha1').update(`grouping-fold:${n}`).digest().readUInt8(0) % 2 === 0 ? 'A' : 'B';
}

/** The articles of `p` whose story number (`numberOf`, by article id) lies in `fold` (by `split`). */
export function inFold(
  p: Prepared,
  numberOf: (id: string) => number,
  fold: 'A' | 'B',
  split: FoldOf = foldOf,
): Prepared {
  const keep = (id: string) => split(numberOf(id)) === fold;
  return {
    set: { ...p.set, docs: p.set.docs.filter((d) => keep(d.article.id)) },
    features: p.features.filter((f) => keep(f.id)),
  };
}
