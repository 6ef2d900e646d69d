/** The mean of paired differences and how far it may be off from sampling alone. */
export interface PairedDifference {
  /** Mean of a[i] − b[i]. */
  readonly mean: number;
  /** Standard error of that mean: the differences' sample standard deviation over √n (NaN under two pairs). */
  readonly standardError: number;
  readonly n: number;
}

/**
 * Mean and standard error of the paired differences a[i] − b[i] (two systems scored on the same items):
 * a gain of a mean within about two standard errors of zero may be the items' luck.
 * @example
 * pairedDifference([0.4, 0.5], [0.3, 0.5]) // { mean: 0.05, standardError: 0.05, n: 2 }
 */
export function pairedDifference(a: readonly number[], b: readonly number[]): PairedDifference {
  if (a.length !== b.length) throw new Error(`pairedDifference: ${a.length} against ${b.length} scores`);
  const n = a.length;
  const diffs = a.map((x, i) => x - (b[i] as number));
  const mean = n ? diffs.reduce((s, d) => s + d, 0) / n : 0;
  if (n < 2) return { mean, standardError: Number.NaN, n };
  const variance = diffs.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1);
  return { mean, standardError: Math.sqrt(variance / n), n };
}
