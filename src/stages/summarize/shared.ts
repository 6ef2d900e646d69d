import type { Candidate } from './candidates.ts';

/**
 * How much of a sentence the story's other outlets write too: over its distinct content stems, the
 * share of the other independent sources whose sentences use each, summed and divided by the root of
 * their number (so a long sentence is not worth more for its length alone). The words a story's
 * outlets share are what the story is about, where inverse frequencies over its sentences weigh them
 * least.
 * @example
 * const shared = sharedWords(candidates, 3);
 * shared(candidates[0]) // (1 + 0.5 + 0) / √3 for 'bridge' in both other sources, 'close' in one, 'crack' in none
 */
export function sharedWords(
  candidates: readonly Candidate[],
  totalSources: number,
): (c: Candidate) => number {
  if (totalSources < 2) return () => 0;
  // how many sources use each stem: each source's candidates in turn, a stem counted once per source
  const bySource = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = bySource.get(c.source);
    if (list) list.push(c);
    else bySource.set(c.source, [c]);
  }
  const users = new Map<string, number>();
  const lastSource = new Map<string, number>();
  let n = 0;
  for (const list of bySource.values()) {
    n++;
    for (const c of list)
      for (const stem of c.stems) {
        if (lastSource.get(stem) === n) continue;
        lastSource.set(stem, n);
        users.set(stem, (users.get(stem) ?? 0) + 1);
      }
  }
  return (c) => {
    const distinct = new Set(c.stems);
    let sum = 0;
    for (const stem of distinct) sum += ((users.get(stem) ?? 1) - 1) / (totalSources - 1);
    return distinct.size ? sum / Math.sqrt(distinct.size) : 0;
  };
}
