/**
 * npm run eval:support:cv — the judge's `supports` on the development half read by grouped
 * cross-validation over stories, with and without a veto: a logistic model of the named features of
 * `bench/lib/support-veto.ts`, fitted on the other folds, its threshold chosen inside them for a
 * target precision, applied to the held-back fold (it only demotes supports to related). Prints P / R
 * pooled and per fold, the out-of-fold ranking of the judge's supports (ROC area, P / R when the
 * lowest-scored share is demoted) and the weights of the model fitted on all of dev.
 * `--folds N` (5), `--target P` (0.97; more than once for several), `--penalty L` (1), `--min-keep S`
 * (0.5), `--train supports|wide` (the judge's supports only, or every pair it called supports or
 * related at a cover of `--wide-cover` (0.35) or more), `--demote S` (a threshold that demotes share S of
 * the training folds' supports, instead of aiming at a precision). Refuses the held-out half: only pairs whose
 * story hashes to dev are read. `--test-round R` (more than once for several): instead of the folds, the
 * rounds given are held back whole and the veto fitted on the other dev pairs (a split in time, for a
 * judge checked out as it was before the rounds were drawn).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fitLogistic } from './lib/logistic.ts';
import { type CvRow, crossValidate, rocArea, validateSplit } from './lib/support-cv.ts';
import { halfOf, loadSupportGroups } from './lib/support-data.ts';
import { foldOf } from './lib/support-folds.ts';
import { judgeAll } from './lib/support-judge.ts';
import { readPairs } from './lib/support-pairs.ts';
import { prf } from './lib/support-score.ts';
import { VETO_FEATURES, vetoFeatures } from './lib/support-veto.ts';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    target: { type: 'string', multiple: true },
    penalty: { type: 'string', default: '1' },
    'min-keep': { type: 'string', default: '0.5' },
    train: { type: 'string', default: 'supports' },
    'wide-cover': { type: 'string', default: '0.35' },
    'test-round': { type: 'string', multiple: true },
    demote: { type: 'string' },
  },
});
const line = (s = '') => process.stdout.write(`${s}\n`);
const folds = Number(values.folds);
const penalty = Number(values.penalty);
const minKeep = Number(values['min-keep']);
const wideCover = Number(values['wide-cover']);
const demote = values.demote === undefined ? undefined : Number(values.demote);
if (values.train !== 'supports' && values.train !== 'wide') throw new Error('--train is supports or wide');

// the dev half only, by its field and by the hash of its story: a held-out pair is never judged here
const pairs = readPairs(join(import.meta.dirname, 'data', 'support-pairs.jsonl')).filter(
  (p) => p.half === 'dev' && halfOf(p.story) === 'dev',
);
for (const round of values['test-round'] ?? [])
  if (!pairs.some((p) => p.round === round))
    throw new Error(`--test-round ${round}: no dev pair of that round`);
const groups = loadSupportGroups().filter((g) => halfOf(g.story) === 'dev');
const present = new Set(groups.map((g) => g.dataset));
const { judged, details } = judgeAll(
  pairs.filter((p) => present.has(p.dataset)),
  groups,
  { detail: true },
);
const rows: CvRow[] = [];
// the rows of the rounds given by --test-round: held back whole, the veto fitted on the other rows
const tested = new Set<CvRow>();
for (const j of judged) {
  if (j.predicted === null) continue;
  const d = details.get(j.pair.id);
  const [a, b] = d?.readings ?? [null, null];
  const said = j.predicted === 'supports';
  const gold = j.pair.label === 'supports';
  // a pair the judge could not read as two claims trains nothing and is never a support
  const x = d && a && b ? vetoFeatures(a, b, d.idf, d.cover) : null;
  const wide = (said || j.predicted === 'related') && (d?.cover ?? 0) >= wideCover;
  const row: CvRow = x
    ? { fold: foldOf(j.pair, folds), gold, judged: said, x, trains: values.train === 'wide' ? wide : said }
    : { fold: foldOf(j.pair, folds), gold, judged: false, x: [], trains: false };
  rows.push(row);
  if (values['test-round']?.includes(j.pair.round ?? '')) tested.add(row);
}
const fmt = (s: {
  precision: number;
  recall: number;
  truePositives: number;
  predicted: number;
  gold: number;
}) =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  (${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold)`;
line(
  `dev pairs ${rows.length}, ${folds} story folds, veto trained on ${values.train === 'wide' ? `the judge's supports and related of cover >= ${wideCover}` : "the judge's supports"} (${rows.filter((r) => r.trains).length} pairs, ${rows.filter((r) => r.trains && !r.gold).length} not supports), L2 ${penalty}, min keep ${minKeep}`,
);
const rule = (target: number) =>
  demote === undefined ? `for P >= ${target}` : `demoting ${demote} of the judge's supports`;
// P / R when the lowest-scored share of the judge's supports is demoted, whatever the threshold
function demoted(scored: readonly { score: number; gold: boolean }[], gold: number): void {
  const sorted = [...scored].sort((x, y) => x.score - y.score);
  for (const share of [0.05, 0.1, 0.2, 0.3]) {
    const kept = sorted.slice(Math.round(share * sorted.length));
    const s = prf(kept.filter((k) => k.gold).length, kept.length, gold);
    line(`  the lowest ${String(share * 100).padStart(2)}% demoted: ${fmt(s)}`);
  }
}
// --test-round: a split in time, for a judge checked out as it was before the round was drawn
if (tested.size > 0)
  for (const target of (values.target ?? ['0.97']).map(Number)) {
    const split = validateSplit(
      rows.filter((r) => !tested.has(r)),
      [...tested],
      VETO_FEATURES,
      { target, penalty, minKeep, demote },
    );
    line(
      `rounds ${values['test-round']?.join(', ')} (${tested.size} pairs) held back, the veto fitted on the other dev pairs:`,
    );
    line(`  judge alone ${fmt(split.judge)}; ROC area ${rocArea(split.scored).toFixed(3)}`);
    line(`  veto ${rule(target)} (threshold ${split.threshold.toFixed(3)}) ${fmt(split.veto)}`);
    if (target === Number((values.target ?? ['0.97'])[0])) demoted(split.scored, split.judge.gold);
  }
let first = true;
for (const target of tested.size > 0 ? [] : (values.target ?? ['0.97']).map(Number)) {
  const cv = crossValidate(rows, VETO_FEATURES, { folds, target, penalty, minKeep, demote });
  if (first) {
    line(`judge alone, pooled over folds       ${fmt(cv.judge)}`);
    const area = rocArea(cv.outOfFold);
    line(`out-of-fold ROC area of the veto's score among the judge's supports: ${area.toFixed(3)}`);
    demoted(cv.outOfFold, cv.judge.gold);
    first = false;
  }
  line(`veto, threshold ${rule(target)} inside each training fold: ${fmt(cv.veto)}`);
  for (const [k, f] of cv.byFold.entries())
    line(
      `  fold ${k + 1}/${folds}: judge ${fmt(f.judge)}; veto ${fmt(f.veto)}; threshold ${f.threshold.toFixed(3)}`,
    );
}
// the model fitted on all of dev, for reading its weights (standardised features: a weight is per spread)
const all = rows.filter((r) => r.trains);
const model = fitLogistic(
  VETO_FEATURES,
  all.map((r) => r.x),
  all.map((r) => r.gold),
  penalty,
);
line(
  `\nweights fitted on all dev (standardised; intercept ${model.intercept.toFixed(3)}): feature, weight, mean, spread`,
);
for (const [j, name] of VETO_FEATURES.entries())
  line(
    `  ${name.padEnd(42)} ${(model.weights[j] as number).toFixed(3).padStart(7)}  ${(model.mean[j] as number).toFixed(3)}  ${(model.scale[j] as number).toFixed(3)}`,
  );
