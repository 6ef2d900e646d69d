/** How a candidate sentence stands to a claim. */
export type Verdict = 'supports' | 'contradicts' | 'related' | 'planned-vs-happened';

/** The evidence of a verdict: how much of the claim the candidate covers and what was checked. */
export interface Judgement {
  readonly verdict: Verdict;
  /** Share of the claim's IDF-weighted terms found in the candidate. */
  readonly cover: number;
  /** Why (for `--explain` and tests): "figure 48000000 USD vs 65000000 USD", "date", "missing number" … */
  readonly reason: string;
}
