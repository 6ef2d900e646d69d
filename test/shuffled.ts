/**
 * A seeded permutation (mulberry32 + Fisher-Yates), so shuffled runs repeat: the input orders that
 * the grouping tests (src/stages/cluster, src/store/ingest) and the evaluations (bench/) feed in.
 * @example
 * shuffled(['a', 'b', 'c'], 7) // the same order for seed 7 every run
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
