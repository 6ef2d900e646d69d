// npm run fit:cluster: the grouping score's weights fitted on the development halves only (ECB+ even
// topics, NeuS even ids). Every (article, candidate story) pair the grouper scores in a batch run, on
// arrival and in the re-placing rounds, with the score's parts and whether the article belongs to the
// story's majority gold event (bench/lib/score-pairs.ts), fits the score's own form by maximum
// likelihood (bench/lib/score-fit.ts). Printed: the pair sets, the weights as patterns.ts sets them and
// as fitted on each dev half and on both, and each fit's log-loss and AUC on each half (a fit that only
// helps the half it was fitted on says so there). `--from w1,w2,...` collects the pairs under other
// weights (names, body, triggerBonus, whenConflictPenalty, farInTimeFactor), to fit again on the
// trajectory those weights give.

import { articleFeatures } from '../src/stages/cluster/index.ts';
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
  threshold: 0.3,
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
const tuning: ScoreTuning = {
  ...DEFAULT_TUNING,
  weights: { lead: 1 - start.names - start.body, names: start.names, body: start.body },
  triggerBonus: start.triggerBonus,
  whenConflictPenalty: start.whenConflictPenalty,
  farInTimeFactor: start.farInTimeFactor,
};

function devPairs(set: ReturnType<typeof ecbSet>): TracedPair[] {
  const docs = set.docs.filter((d) => set.half.get(d.article.id) === 'dev');
  return tracePairs(docs.map(articleFeatures), set.event, tuning);
}

const sets: [string, TracedPair[]][] = [['ECB+ dev', devPairs(ecbSet())]];
const neus = neusSet();
if (neus) sets.push(['NeuS dev', devPairs(neus)]);
for (const [name, pairs] of sets) {
  const same = pairs.filter((p) => p.same).length;
  const placings = new Set(pairs.map((p) => p.placing)).size;
  const dated = pairs.filter((p) => p.gapDays !== null).length;
  process.stdout.write(
    `${name}: ${pairs.length} pairs in ${placings} placings, ${same} same event; ${dated} with both days; ${pairs.filter((p) => p.whenConflict > 0).length} with a named-day conflict\n`,
  );
}

// the score's weights, and the link's scale and threshold, as set and as fitted on each set and both
const line = (name: string, w: ScoreWeights) => {
  const cells = sets
    .map(([, pairs]) => `${fmt(logLoss(pairs, w))} ${fmt(choiceLoss(pairs, w))} ${fmt(auc(pairs, w))}`)
    .join('   ');
  process.stdout.write(
    `${name.padEnd(22)} ${fmt(1 - w.names - w.body)} ${PARAMETERS.map((k) => (k === 'scale' ? w[k].toFixed(1) : fmt(w[k]))).join(' ')}   ${cells}\n`,
  );
};
process.stdout.write(
  `\n${''.padEnd(22)} lead  names body  trig  when  far   scale thres   ${sets.map(([n]) => `${n} pair choice AUC`).join('   ')}\n`,
);
const all: ScorePair[] = sets.flatMap(([, pairs]) => pairs);
const scoreParameters = PARAMETERS.filter((k) => k !== 'scale' && k !== 'threshold');
const STEPS = Number(arg('--steps') ?? 400);
const LOSS = process.argv.includes('--pairs') ? logLoss : choiceLoss;
line('as set (link fitted)', fitScore(all, start, { fixed: scoreParameters, loss: LOSS }));
// the far-in-time factor stays as set: the issue asks for look-alikes a year apart kept apart, and
// ECB+'s gold events hold follow-ups years on, so its pairs would fit it away (NeuS has no days)
const fit = (pairs: readonly ScorePair[], loss = LOSS) =>
  fitScore(pairs, start, { fixed: ['farInTimeFactor'], steps: STEPS, loss });
for (const [name, pairs] of [...sets, ['both dev halves', all] as [string, ScorePair[]]])
  line(`fitted on ${name}`, fit(pairs));
// both halves weighed alike: each one's loss relative to its loss as set (NeuS's choices are the
// harder, so pooled pairs fit mostly NeuS)
const asSet = fitScore(all, start, { fixed: scoreParameters, loss: LOSS });
const base = sets.map(([, pairs]) => LOSS(pairs, asSet));
const relative = (_: readonly ScorePair[], w: ScoreWeights) =>
  sets.reduce((sum, [, pairs], i) => sum + LOSS(pairs, w) / (base[i] as number), 0) / sets.length;
line('fitted on each alike', fit(all, relative));
process.stdout.write(
  '\n(lead = 1 − names − body; trig, when, far: trigger bonus, named-day penalty, far-in-time factor;\n' +
    ' the grouper joins above thres; pair: class-balanced log-loss of each pair alone, choice: of the\n' +
    ' choice at each placing (the default fit; --pairs fits the pairs), lower is better; AUC of the score)\n',
);
