// Two folds inside a grouping development half, to check a change on data it was not written on:
// the dev half's stories (ECB+ even topics, NeuS even story ids) parted by their number, those whose
// half is even (0, 4, 8 …) in fold A, the others (2, 6, 10 …) in fold B. Write a rule on one fold,
// check it on the other; keep it only when it gains on both.
import type { Prepared } from './cluster-eval.ts';

/** The fold of an even story number: 'A' for 0, 4, 8 …, 'B' for 2, 6, 10 …; null for an odd one (held out). */
export function foldOf(n: number): 'A' | 'B' | null {
  if (!Number.isInteger(n) || n % 2 !== 0) return null;
  return n % 4 === 0 ? 'A' : 'B';
}

/** The articles of `p` whose story number (`numberOf`, by article id) lies in `fold`. */
export function inFold(p: Prepared, numberOf: (id: string) => number, fold: 'A' | 'B'): Prepared {
  const keep = (id: string) => foldOf(numberOf(id)) === fold;
  return {
    set: { ...p.set, docs: p.set.docs.filter((d) => keep(d.article.id)) },
    features: p.features.filter((f) => keep(f.id)),
  };
}
