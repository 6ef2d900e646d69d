import type { Candidate } from './candidates.ts';

/**
 * How much of a sentence the story's other outlets write too: over its distinct content stems, the
 * share of the other independent sources whose sentences use each, summed (a sentence of eight words
 * every outlet uses scores 8). The words a story's outlets share are what the story is about, where
 * inverse frequencies over its sentences weigh them least.
 * @example
 * const shared = sharedWords(candidates, 3);
 * shared(candidates[0]) // 4.5: e.g. nine of its stems, each used by one of the two other sources
 */
export function sharedWords(
  candidates: readonly Candidate[],
  totalSources: number,
): (c: Candidate) => number {
  if (totalSources < 2) return () => 0;
  // the sources using each stem
  const users = new Map<string, Set<string>>();
  for (const c of candidates)
    for (const stem of c.stems) {
      const set = users.get(stem);
      if (set) set.add(c.source);
      else users.set(stem, new Set([c.source]));
    }
  return (c) => {
    let sum = 0;
    const distinct = new Set(c.stems);
    for (const stem of distinct) sum += ((users.get(stem)?.size ?? 1) - 1) / (totalSources - 1);
    return distinct.size ? sum / Math.sqrt(distinct.size) : 0;
  };
}
