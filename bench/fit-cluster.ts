// npm run fit:cluster: the grouping score's weights fitted on the development halves only (ECB+ even
// topics, NeuS even ids). Every (article, candidate story) pair the grouper scores in a batch run, on
// arrival and in the re-placing rounds, with the score's parts and whether the article belongs to the
// story's majority gold event (bench/lib/score-pairs.ts), fits the score's own form by maximum
// likelihood (bench/lib/score-fit.ts). Printed: the pair sets, the weights as patterns.ts sets them and
// as fitted on each dev half, on both pooled and on both weighed alike, with each fit's losses and AUC
// on each half (a fit that only helps the half it was fitted on says so there) and the event B3 F1 the
// batch grouping makes with it (bench/lib/score-grid.ts). `--grid`: names, body and threshold on a grid
// by B3 F1 alone. `--from w1,w2,...` collects the pairs under other weights (names, body,
// triggerBonus, whenConflictPenalty, farInTimeFactor), to fit again on the trajectory they give.

import { SAME_STORY_THRESHOLD } from '../src/stages/cluster/patterns.ts';
import { DEFAULT_TUNING, type ScoreTuning } from '../src/stages/cluster/score.ts';
import { ecbSet, neusSet } from './lib/cluster-data.ts';
import {
  auc,
  choiceLoss,
  fitScore,
  logLoss,
  PARAMETERS,
  type ScorePair,
  type ScoreWeights,
} from './lib/score-fit.ts';
import { devHalves, groupingF1 } from './lib/score-grid.ts';
import { type TracedPair, tracePairs } from './lib/score-pairs.ts';

const fmt = (x: number) => x.toFixed(3);
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const current: ScoreWeights = {
  names: DEFAULT_TUNING.weights.names,
  body: DEFAULT_TUNING.weights.body,
  triggerBonus: DEFAULT_TUNING.triggerBonus,
  whenConflictPenalty: DEFAULT_TUNING.whenConflictPenalty,
  farInTimeFactor: DEFAULT_TUNING.farInTimeFactor,
  scale: 10,
  threshold: SAME_STORY_THRESHOLD,
};
const from = arg('--from')?.split(',').map(Number);
const start: ScoreWeights = from
  ? {
      ...current,
      names: from[0] as number,
      body: from[1] as number,
      triggerBonus: from[2] as number,
      whenConflictPenalty: from[3] as number,
      farInTimeFactor: from[4] as number,
    }
  : current;
const tuningOf = (w: ScoreWeights): ScoreTuning => ({
  ...DEFAULT_TUNING,
  weights: { lead: 1 - w.names - w.body, names: w.names, body: w.body },
  triggerBonus: w.triggerBonus,
  whenConflictPenalty: w.whenConflictPenalty,
  farInTimeFactor: w.farInTimeFactor,
});

const ecb = ecbSet();
const neus = neusSet();
const halves = devHalves(ecb, neus);
const sets: [string, TracedPair[]][] = [['ECB+ dev', tracePairs(halves.ecb, ecb.event, tuningOf(start))]];
if (neus) sets.push(['NeuS dev', tracePairs(halves.neusDev, neus.event, tuningOf(start))]);
for (const [name, pairs] of sets) {
  const same = pairs.filter((p) => p.same).length;
  const placings = new Set(pairs.map((p) => p.placing)).size;
  const dated = pairs.filter((p) => p.gapDays !== null).length;
  process.stdout.write(
    `${name}: ${pairs.length} pairs in ${placings} placings, ${same} same event; ${dated} with both days; ${pairs.filter((p) => p.whenConflict > 0).length} with a named-day conflict\n`,
  );
}

// each row: the score's weights and the link's scale and threshold; each half's losses and AUC on its
// pairs; and what the grouping makes of them (event B3 F1 of ECB+ dev, NeuS dev, NeuS dev inside all)
const f1s = (w: ScoreWeights) => {
  const r = groupingF1(halves, tuningOf(w), w.threshold);
  return `${fmt(r.ecb)} ${fmt(r.neus)} ${fmt(r.inside)}`;
};
const line = (name: string, w: ScoreWeights) => {
  const cells = sets
    .map(([, pairs]) => `${fmt(logLoss(pairs, w))} ${fmt(choiceLoss(pairs, w))} ${fmt(auc(pairs, w))}`)
    .join('   ');
  process.stdout.write(
    `${name.padEnd(22)} ${fmt(1 - w.names - w.body)} ${PARAMETERS.map((k) => (k === 'scale' ? w[k].toFixed(1) : fmt(w[k]))).join(' ')}   ${cells}   ${f1s(w)}\n`,
  );
};
process.stdout.write(
  `\n${''.padEnd(22)} lead  names body  trig  when  far   scale thres   ${sets.map(([n]) => `${n} pair choice AUC`).join('   ')}   B3 F1 ECB+ NeuS inside\n`,
);
const all: ScorePair[] = sets.flatMap(([, pairs]) => pairs);
const scoreParameters = PARAMETERS.filter((k) => k !== 'scale' && k !== 'threshold');
const STEPS = Number(arg('--steps') ?? 400);
const LOSS = process.argv.includes('--pairs') ? logLoss : choiceLoss;
line('as set', start);
const asSet = fitScore(all, start, { fixed: scoreParameters, loss: LOSS });
line('as set, link fitted', asSet);
// the far-in-time factor stays as set: the issue asks for look-alikes a year apart kept apart, and
// ECB+'s gold events hold follow-ups years on, so its pairs would fit it away (NeuS has no days)
const fit = (pairs: readonly ScorePair[], loss = LOSS) =>
  fitScore(pairs, start, { fixed: ['farInTimeFactor'], steps: STEPS, loss });
for (const [name, pairs] of [...sets, ['both, pooled', all] as [string, ScorePair[]]])
  line(`fitted on ${name}`, fit(pairs));
// both halves weighed alike: each one's loss relative to its loss as set (NeuS's choices are the
// harder, so pooled pairs fit mostly NeuS)
const base = sets.map(([, pairs]) => LOSS(pairs, asSet));
const relative = (_: readonly ScorePair[], w: ScoreWeights) =>
  sets.reduce((sum, [, pairs], i) => sum + LOSS(pairs, w) / (base[i] as number), 0) / sets.length;
const alike = fit(all, relative);
line('fitted on both, alike', alike);
line('  at threshold as set', { ...alike, threshold: start.threshold });
process.stdout.write(
  '\n(lead = 1 − names − body; trig, when, far: trigger bonus, named-day penalty, far-in-time factor;\n' +
    ' the grouper joins above thres; pair: class-balanced log-loss of each pair alone, choice: of the\n' +
    ' choice at each placing (the default fit; --pairs fits the pairs), lower is better; AUC of the score;\n' +
    ' B3 F1: the batch grouping of each dev half with the weights of the row, joining above its thres)\n',
);

// `--grid`: names and body weights and the join threshold on a grid, the rest as set, by B3 F1 alone
if (process.argv.includes('--grid')) {
  process.stdout.write('\ngrid (lead = 1 − names − body): names body thres   B3 F1 ECB+ NeuS inside\n');
  for (const names of [0.1, 0.15, 0.2, 0.25, 0.3])
    for (const body of [0.15, 0.2, 0.25, 0.3, 0.35])
      for (const threshold of [0.27, 0.3, 0.33])
        process.stdout.write(
          `  ${fmt(names)} ${fmt(body)} ${fmt(threshold)}   ${f1s({ ...start, names, body, threshold })}\n`,
        );
}
