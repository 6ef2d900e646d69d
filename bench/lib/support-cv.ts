/**
 * Grouped cross-validation of a veto on the judge's `supports` (`eval:support:cv`): the dev stories
 * in k folds; for each fold, a logistic model fitted on the other folds' pairs and a threshold chosen
 * inside them (on their own out-of-fold scores, by the same folds) for a target precision, then both
 * applied to the held-back fold. A veto only demotes the judge's supports; P / R are of supports
 * over every pair of the fold.
 */
import { fitLogistic, type Logistic, predictLogistic } from './logistic.ts';
import { type Prf, prf } from './support-score.ts';

/** One judged dev pair: its story fold, gold and the judge's supports, features, and whether it trains. */
export interface CvRow {
  readonly fold: number;
  readonly gold: boolean;
  readonly judged: boolean;
  readonly x: readonly number[];
  /** Whether the pair is in the training set of the model (the judge's supports are always scored). */
  readonly trains: boolean;
}

/** Options of a cross-validation: folds, the precision the threshold is chosen for, the L2 penalty. */
export interface CvOptions {
  readonly folds: number;
  readonly target: number;
  readonly penalty: number;
  /** The least share of the training folds' supports a threshold must keep. */
  readonly minKeep: number;
  /**
   * When given, the threshold demotes this share of the training folds' supports (their lowest
   * out-of-fold scores) instead of aiming at `target`: a budget of recall, for when the training
   * folds' precision is not to be trusted (the judge's rules were written on them).
   */
  readonly demote?: number;
}

/** The figures of one cross-validation: P / R with and without the veto, per fold and pooled. */
export interface CvResult {
  readonly judge: Prf;
  readonly veto: Prf;
  readonly byFold: readonly { readonly judge: Prf; readonly veto: Prf; readonly threshold: number }[];
  /** Each judge's support's score from a model that did not see its fold, with its gold. */
  readonly outOfFold: readonly { readonly score: number; readonly gold: boolean }[];
}

const fit = (rows: readonly CvRow[], names: readonly string[], penalty: number): Logistic =>
  fitLogistic(
    names,
    rows.map((r) => r.x),
    rows.map((r) => r.gold),
    penalty,
  );

/**
 * The lowest score threshold whose kept pairs reach `target` precision, keeping at least `minKeep`
 * of them; the most precise such threshold when none reaches it; −∞ (no veto) when all do.
 */
export function chooseThreshold(
  scored: readonly { readonly score: number; readonly gold: boolean }[],
  target: number,
  minKeep: number,
): number {
  const sorted = [...scored].sort((x, y) => y.score - x.score);
  let right = 0;
  let best = { precision: -1, threshold: Number.NEGATIVE_INFINITY };
  let lowest: number | null = null;
  sorted.forEach((s, i) => {
    right += Number(s.gold);
    // a cut only between two scores, so that equal scores are kept or vetoed together
    const next = sorted[i + 1];
    if (next && next.score === s.score) return;
    const kept = i + 1;
    const threshold = next ? s.score : Number.NEGATIVE_INFINITY;
    if (kept < minKeep * sorted.length) return;
    const precision = right / kept;
    if (precision >= target) lowest = threshold;
    if (precision > best.precision) best = { precision, threshold };
  });
  if (lowest !== null) return lowest;
  return best.threshold;
}

/** The figures of one split: P / R without and with the veto on the held-back rows, the threshold, the scores. */
export interface SplitResult {
  readonly judge: Prf;
  readonly veto: Prf;
  readonly threshold: number;
  readonly scored: readonly { readonly score: number; readonly gold: boolean }[];
}

/**
 * Fit on `training` (its rows' folds are the inner folds the threshold is chosen by, on their
 * out-of-fold scores) and score `heldBack`: the judge's supports there kept or vetoed.
 */
export function validateSplit(
  training: readonly CvRow[],
  heldBack: readonly CvRow[],
  names: readonly string[],
  options: Omit<CvOptions, 'folds'>,
): SplitResult {
  const { target, penalty, minKeep, demote } = options;
  const inner: { score: number; gold: boolean }[] = [];
  for (const j of new Set(training.map((r) => r.fold))) {
    const model = fit(
      training.filter((r) => r.fold !== j && r.trains),
      names,
      penalty,
    );
    for (const r of training)
      if (r.fold === j && r.judged) inner.push({ score: predictLogistic(model, r.x), gold: r.gold });
  }
  const threshold =
    demote === undefined ? chooseThreshold(inner, target, minKeep) : shareThreshold(inner, demote);
  const model = fit(
    training.filter((r) => r.trains),
    names,
    penalty,
  );
  const said = heldBack.filter((r) => r.judged);
  const scored = said.map((r) => ({ score: predictLogistic(model, r.x), gold: r.gold }));
  const kept = scored.filter((s) => s.score >= threshold);
  const gold = heldBack.filter((r) => r.gold).length;
  return {
    judge: prf(said.filter((r) => r.gold).length, said.length, gold),
    veto: prf(kept.filter((s) => s.gold).length, kept.length, gold),
    threshold,
    scored,
  };
}

const add = (x: Prf, y: Prf): Prf =>
  prf(x.truePositives + y.truePositives, x.predicted + y.predicted, x.gold + y.gold);

/** The score below which the lowest `share` of `scored` lies (−∞ for a share of 0). */
export function shareThreshold(scored: readonly { readonly score: number }[], share: number): number {
  const sorted = scored.map((s) => s.score).sort((x, y) => x - y);
  const at = Math.floor(share * sorted.length);
  return at > 0 ? (sorted[at] ?? Number.POSITIVE_INFINITY) : Number.NEGATIVE_INFINITY;
}

/** Cross-validate the veto over `rows` (every scored dev pair) by their folds. */
export function crossValidate(
  rows: readonly CvRow[],
  names: readonly string[],
  options: CvOptions,
): CvResult {
  const byFold: SplitResult[] = [];
  for (let k = 0; k < options.folds; k++)
    byFold.push(
      validateSplit(
        rows.filter((r) => r.fold !== k),
        rows.filter((r) => r.fold === k),
        names,
        options,
      ),
    );
  const zero = prf(0, 0, 0);
  return {
    judge: byFold.reduce((s, f) => add(s, f.judge), zero),
    veto: byFold.reduce((s, f) => add(s, f.veto), zero),
    byFold,
    outOfFold: byFold.flatMap((f) => f.scored),
  };
}

/** The area under the ROC curve of `scored` (the chance a true case scores above a false one; ties half). */
export function rocArea(scored: readonly { readonly score: number; readonly gold: boolean }[]): number {
  const pos = scored.filter((s) => s.gold);
  const neg = scored.filter((s) => !s.gold);
  if (!pos.length || !neg.length) return Number.NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}
