/**
 * Average-linkage agglomerative clustering over a dense symmetric similarity matrix (`n*n`, which it
 * overwrites): merge the most similar pair of groups until no pair is above `threshold`. Returns
 * groups of item indices, each sorted. Each group keeps its best neighbour, so a merge only rescans
 * the rows that pointed at it.
 */
export function agglomerate(sim: Float64Array, n: number, threshold: number): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const best = new Int32Array(n).fill(-1);
  const rescan = (i: number) => {
    let arg = -1;
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      if (j === i || !members[j]) continue;
      const s = sim[i * n + j] as number;
      if (s > max) {
        max = s;
        arg = j;
      }
    }
    best[i] = arg;
  };
  for (let i = 0; i < n; i++) rescan(i);
  for (;;) {
    let a = -1;
    let max = threshold;
    for (let i = 0; i < n; i++) {
      const j = best[i] as number;
      if (!members[i] || j < 0) continue;
      const s = sim[i * n + j] as number;
      if (s > max) {
        max = s;
        a = i;
      }
    }
    if (a < 0) break;
    const b = best[a] as number;
    const ma = members[a] as number[];
    const mb = members[b] as number[];
    // Lance-Williams update for average linkage
    for (let k = 0; k < n; k++) {
      if (k === a || k === b || !members[k]) continue;
      const s =
        ((sim[a * n + k] as number) * ma.length + (sim[b * n + k] as number) * mb.length) /
        (ma.length + mb.length);
      sim[a * n + k] = s;
      sim[k * n + a] = s;
    }
    members[a] = [...ma, ...mb];
    members[b] = null;
    for (let k = 0; k < n; k++) {
      if (!members[k]) continue;
      if (k === a || best[k] === a || best[k] === b) rescan(k);
      else if ((sim[k * n + a] as number) > (sim[k * n + (best[k] as number)] as number)) best[k] = a;
    }
  }
  return members.filter((m): m is number[] => m !== null).map((m) => m.sort((x, y) => x - y));
}
