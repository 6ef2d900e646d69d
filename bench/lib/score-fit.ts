// The grouping score's weights fitted by maximum likelihood (`npm run fit:cluster`). The score keeps
// its documented form (`scoreAgainst`): (lead, names and body cosines weighted and rescaled over the
// signals both sides have, at least `LEAD_ALONE` times the lead cosine, not fitted, plus a trigger
// bonus) × (1 − penalty × named-day conflict) × far-in-time factor per window; a logistic link, P(same event) = σ(scale × (score − threshold)), turns it into a
// model of the gold answer whose parameters plain gradient descent (Adam, numeric gradients) fits.

import { LEAD_ALONE } from '../../src/stages/cluster/patterns.ts';

/** One (article, candidate story) pair as the grouper scored it, with the gold answer. */
export interface ScorePair {
  readonly lead: number;
  readonly names: number;
  readonly body: number;
  readonly hasNames: boolean;
  readonly hasBody: boolean;
  readonly triggers: number;
  readonly whenConflict: number;
  readonly gapDays: number | null;
  /** Does the article belong to the story's majority gold event? */
  readonly same: boolean;
  /** Which placing of an article it was scored in: the candidates of one placing compete (`choiceLoss`). */
  readonly placing: number;
}

/** The score's parameters (lead weight = 1 − names − body) and the logistic link's scale and threshold. */
export interface ScoreWeights {
  readonly names: number;
  readonly body: number;
  readonly triggerBonus: number;
  readonly whenConflictPenalty: number;
  readonly farInTimeFactor: number;
  readonly scale: number;
  readonly threshold: number;
}

/** The parameters of `ScoreWeights` in a fixed order (the fit's vector). */
export const PARAMETERS = [
  'names',
  'body',
  'triggerBonus',
  'whenConflictPenalty',
  'farInTimeFactor',
  'scale',
  'threshold',
] as const;

const WINDOW_DAYS = 60;

/** The grouper's score of a pair under `w` (the formula of `scoreAgainst`). */
export function scoreOf(p: ScorePair, w: ScoreWeights): number {
  const lead = 1 - w.names - w.body;
  const total = lead + (p.hasBody ? w.body : 0) + (p.hasNames ? w.names : 0);
  const sum = lead * p.lead + (p.hasBody ? w.body * p.body : 0) + (p.hasNames ? w.names * p.names : 0);
  const far =
    p.gapDays !== null && p.gapDays > WINDOW_DAYS ? w.farInTimeFactor ** (p.gapDays / WINDOW_DAYS) : 1;
  const mix = Math.max(sum / total, LEAD_ALONE * p.lead);
  return (mix + w.triggerBonus * p.triggers) * (1 - w.whenConflictPenalty * p.whenConflict) * far;
}

/** Mean negative log-likelihood of the gold answers under `w` (each class weighed to half the total). */
export function logLoss(pairs: readonly ScorePair[], w: ScoreWeights): number {
  const positives = pairs.filter((p) => p.same).length;
  const weightOf = (same: boolean) =>
    pairs.length / 2 / Math.max(1, same ? positives : pairs.length - positives);
  let sum = 0;
  for (const p of pairs) {
    const z = w.scale * (scoreOf(p, w) - w.threshold);
    // log(1 + e^−z) for a positive, log(1 + e^z) for a negative, computed stably
    const m = p.same ? -z : z;
    sum += weightOf(p.same) * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
  }
  return sum / pairs.length;
}

/**
 * Mean negative log-likelihood of the grouper's decisions being right, each placing of an article a
 * choice among its candidate stories and a new story (whose score is the threshold), P(option) ∝
 * e^(scale × score): right is any candidate of the article's gold event, or a new story when none is.
 * This is what the grouper does with the score (the best candidate above the threshold), where
 * `logLoss` asks every pair alone.
 */
export function choiceLoss(pairs: readonly ScorePair[], w: ScoreWeights): number {
  let sum = 0;
  let placings = 0;
  for (let i = 0; i < pairs.length; ) {
    let j = i;
    while (j < pairs.length && pairs[j]?.placing === pairs[i]?.placing) j++;
    const z = [w.scale * w.threshold];
    const right: number[] = [];
    for (let k = i; k < j; k++) {
      const p = pairs[k] as ScorePair;
      z.push(w.scale * scoreOf(p, w));
      if (p.same) right.push(z.length - 1);
    }
    if (!right.length) right.push(0);
    const top = Math.max(...z);
    const all = z.reduce((a, x) => a + Math.exp(x - top), 0);
    const good = right.reduce((a, r) => a + Math.exp((z[r] as number) - top), 0);
    sum += Math.log(all) - Math.log(good);
    placings++;
    i = j;
  }
  return placings ? sum / placings : 0;
}

// Keep the parameters where the score's form means something: weights in 0..1, lead weight at least 0.05.
function clamp(w: ScoreWeights, fixed: ReadonlySet<string>): ScoreWeights {
  const c = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const names = c(w.names, 0, 0.95);
  const body = c(w.body, 0, 0.95 - names);
  return {
    names: fixed.has('names') ? w.names : names,
    body: fixed.has('body') ? w.body : body,
    triggerBonus: c(w.triggerBonus, 0, 1),
    whenConflictPenalty: c(w.whenConflictPenalty, 0, 1),
    farInTimeFactor: c(w.farInTimeFactor, 0.01, 1),
    scale: c(w.scale, 0.1, 200),
    threshold: c(w.threshold, 0, 1),
  };
}

/** Options of `fitScore`. */
export interface FitOptions {
  readonly steps?: number;
  /** Parameters left at their starting value (e.g. those the pairs cannot inform). */
  readonly fixed?: readonly (typeof PARAMETERS)[number][];
  /** What is fitted: each pair alone (`logLoss`, the default) or each placing's choice (`choiceLoss`). */
  readonly loss?: (pairs: readonly ScorePair[], w: ScoreWeights) => number;
}

/**
 * Fit `ScoreWeights` to the pairs by gradient descent on `logLoss` (Adam; central-difference
 * gradients, the score being cheap and the parameters few), from `start`.
 */
export function fitScore(
  pairs: readonly ScorePair[],
  start: ScoreWeights,
  options: FitOptions = {},
): ScoreWeights {
  const fixed = new Set<string>(options.fixed ?? []);
  const loss = options.loss ?? logLoss;
  const free = PARAMETERS.filter((k) => !fixed.has(k));
  let w = clamp(start, fixed);
  const m = new Map<string, number>();
  const v = new Map<string, number>();
  // per-parameter step: the scale lives in tens, the rest in 0..1
  const rate = (k: string) => (k === 'scale' ? 0.2 : 0.005);
  for (let t = 1; t <= (options.steps ?? 400); t++) {
    const grad = new Map<string, number>();
    for (const k of free) {
      const h = k === 'scale' ? 1e-2 : 1e-4;
      const up = loss(pairs, { ...w, [k]: (w[k] as number) + h });
      const down = loss(pairs, { ...w, [k]: (w[k] as number) - h });
      grad.set(k, (up - down) / (2 * h));
    }
    const next: Record<string, number> = { ...w };
    for (const k of free) {
      const g = grad.get(k) as number;
      m.set(k, 0.9 * (m.get(k) ?? 0) + 0.1 * g);
      v.set(k, 0.999 * (v.get(k) ?? 0) + 0.001 * g * g);
      const mh = (m.get(k) as number) / (1 - 0.9 ** t);
      const vh = (v.get(k) as number) / (1 - 0.999 ** t);
      next[k] = (w[k] as number) - (rate(k) * mh) / (Math.sqrt(vh) + 1e-8);
    }
    w = clamp(next as unknown as ScoreWeights, fixed);
  }
  return w;
}

/** Area under the ROC curve of the score under `w`: how well it ranks same-event pairs above others. */
export function auc(pairs: readonly ScorePair[], w: ScoreWeights): number {
  const scored = pairs.map((p) => [scoreOf(p, w), p.same] as const).sort((a, b) => a[0] - b[0]);
  let positives = 0;
  let below = 0;
  let rankSum = 0;
  for (let i = 0; i < scored.length; ) {
    let j = i;
    while (j < scored.length && scored[j]?.[0] === scored[i]?.[0]) j++;
    const tied = scored.slice(i, j);
    const pos = tied.filter(([, s]) => s).length;
    rankSum += pos * (below + (j - i - pos) / 2);
    positives += pos;
    below += j - i - pos;
    i = j;
  }
  return positives && below ? rankSum / (positives * below) : 0.5;
}
