/** A term's log-odds ratio of one group against the rest, and its z-score. */
export interface LogOdds {
  readonly term: string;
  readonly delta: number;
  readonly z: number;
  readonly count: number;
}

/** The sum of a count map's values. */
export function total(m: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
 * Words", eq. 16-22): for each term w used by the target group,
 *   δ_w = ln((y_wi + α_w) / (n_i + α_0 − y_wi − α_w)) − ln((y_wj + α_w) / (n_j + α_0 − y_wj − α_w)),
 *   σ²(δ_w) ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w),   z_w = δ_w / σ(δ_w),
 * where y are counts in the target (i) and the rest (j), n their totals, and α_w = scale × the
 * term's count in the prior corpus (α_0 their sum). The prior shrinks rare terms towards zero, so a
 * word said once is not "distinctive". Returns terms sorted by z, highest first; with `keep`, only
 * the terms it keeps (in the same order: the others are never sorted).
 */
export function logOddsRatios(
  target: ReadonlyMap<string, number>,
  rest: ReadonlyMap<string, number>,
  prior: ReadonlyMap<string, number>,
  scale: number,
  totals: {
    readonly rest?: number;
    readonly prior?: number;
    readonly keep?: (r: LogOdds) => boolean;
  } = {},
): LogOdds[] {
  const ni = total(target);
  // totals may be given when `rest` only holds the target's terms (large stories)
  const nj = totals.rest ?? total(rest);
  const a0 = scale * (totals.prior ?? total(prior));
  const out: LogOdds[] = [];
  for (const [term, yi] of target) {
    // a term missing from the prior still gets a small pseudo-count, so the formula stays finite
    const a = scale * Math.max(prior.get(term) ?? 0, yi);
    const yj = rest.get(term) ?? 0;
    const delta = Math.log((yi + a) / (ni + a0 - yi - a)) - Math.log((yj + a) / (nj + a0 - yj - a));
    const z = delta / Math.sqrt(1 / (yi + a) + 1 / (yj + a));
    const r = { term, delta, z, count: yi };
    if (!totals.keep || totals.keep(r)) out.push(r);
  }
  return out.sort((x, y) => y.z - x.z || x.term.localeCompare(y.term));
}
