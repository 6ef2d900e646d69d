/**
 * npm run eval:support:dev — the development half of the labelled support pairs only, for tuning:
 * P / R of `supports` and `contradicts`, and with `--show LABEL` (gold or predicted, e.g.
 * `--show contradicts`) each dev pair where gold and judge disagree on that label, with both
 * sentences and the judge's reason; with `--round NAME` only the pairs of one dev audit round
 * (`dev-contra-2026-12-03`); with `--folds N` P / R per story fold (the dev stories split in N by a
 * hash), with `--reasons` how many true supports and other pairs each of the judge's reasons
 * decided, per fold; with `--kinds` each kind of clash that made a `contradicts` or `differs`
 * verdict, with the gold contradictions among them per audit round; with `--bands` the judge's
 * supports by band of cover (per path: anchored, bare, normal) and of other properties, with P / R of
 * a floor at each band; with `--tiers` the judge's supports by the path that accepted each (tier.ts)
 * and the pairs it abstained on, per fold and per round named by `--by-round` (`--round` may be given
 * more than once). Never reads the held-out half's sentences.
 */

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { coverFloor, IN_PASSING_REASON, OWN_VOICE_REASON } from '../src/stages/compare/support/index.ts';
import { kindTable } from './lib/clash-kinds.ts';
import { type BandRow, bandsOf, FEATURES } from './lib/support-bands.ts';
import { loadSupportGroups } from './lib/support-data.ts';
import { foldScores, reasonTable } from './lib/support-folds.ts';
import { judgeAll } from './lib/support-judge.ts';
import { readPairs } from './lib/support-pairs.ts';
import { confusion, labelScores } from './lib/support-score.ts';
import { tierTable } from './lib/support-tiers.ts';

const { values } = parseArgs({
  options: {
    show: { type: 'string' },
    all: { type: 'boolean' },
    pair: { type: 'string', multiple: true },
    round: { type: 'string', multiple: true },
    folds: { type: 'string' },
    reasons: { type: 'boolean' },
    kinds: { type: 'boolean' },
    bands: { type: 'boolean' },
    tiers: { type: 'boolean' },
    'by-round': { type: 'string', multiple: true },
  },
});
const line = (s = '') => process.stdout.write(`${s}\n`);
const pairs = readPairs(join(import.meta.dirname, 'data', 'support-pairs.jsonl')).filter(
  (p) => p.half === 'dev' && (values.round === undefined || values.round.includes(p.round ?? '')),
);
const groups = loadSupportGroups();
const present = new Set(groups.map((g) => g.dataset));
const usable = pairs.filter((p) => present.has(p.dataset));
const { judged, details } = judgeAll(usable, groups, { detail: true });
const scored = judged.filter((j) => j.predicted !== null);
const matrix = confusion(scored.map((j) => ({ gold: j.pair.label, predicted: j.predicted as string })));
for (const label of ['supports', 'contradicts', 'planned-vs-happened'] as const) {
  const s = labelScores(matrix, label);
  line(
    `dev ${label.padEnd(12)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  (${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold)`,
  );
}
// differs is no label: the clashes shown as differences to check, and the gold contradictions among them
const differing = scored.filter((j) => j.predicted === 'differs');
line(
  `dev differs (a clash not shown as ✗): ${differing.length} pairs, of them ${differing.filter((j) => j.pair.label === 'contradicts').length} gold contradicts`,
);
// --folds N: the dev stories split in N folds by a hash of their id, P / R of each; --reasons: the
// gold labels of the pairs each of the judge's reasons decided, per fold
const folds = Number(values.folds ?? (values.reasons ? 2 : 0));
for (const label of folds > 0 ? (['supports', 'contradicts'] as const) : [])
  for (const f of foldScores(judged, folds, label))
    line(
      `  fold ${f.fold + 1}/${folds} (${f.stories} stories, ${f.pairs} pairs) ${label.padEnd(12)} P ${f.scores.precision.toFixed(3)}  R ${f.scores.recall.toFixed(3)}  (${f.scores.truePositives} of ${f.scores.predicted} predicted, ${f.scores.gold} gold)`,
    );
if (values.reasons) {
  const rows = scored.flatMap((j) => {
    const reason = details.get(j.pair.id)?.reason;
    return reason === undefined ? [] : [{ pair: j.pair, reason }];
  });
  const counts = (m: ReadonlyMap<string, number>) =>
    `${m.get('supports') ?? 0} supports / ${[...m].reduce((s, [k, x]) => s + (k === 'supports' ? 0 : x), 0)} other`;
  line('\nreason: gold supports / other pairs it decided, in all; per fold');
  for (const r of reasonTable(rows, folds))
    line(`  ${r.reason.padEnd(44)} ${counts(r.gold).padEnd(26)} ${r.byFold.map(counts).join('; ')}`);
}
// --tiers: the judge's supports by the path that accepted each, and the pairs it abstained on, in
// all, per fold (--folds, else 2) and in each round named by --by-round
if (values.tiers) {
  const n = folds > 0 ? folds : 2;
  const rounds = values['by-round'] ?? [];
  const rows = scored.map((j) => ({
    pair: j.pair,
    predicted: j.predicted as string,
    reason: details.get(j.pair.id)?.reason,
    tier: details.get(j.pair.id)?.tier,
  }));
  const heads = ['all', ...Array.from({ length: n }, (_, k) => `fold ${k + 1}/${n}`), ...rounds];
  line(`\ntier of the judge's supports: gold supports of the pairs in it; ${heads.join(' | ')}`);
  for (const r of tierTable(rows, n, rounds, [OWN_VOICE_REASON, IN_PASSING_REASON]))
    line(`  ${r.cells.map(([t, k]) => `${t} of ${k}`.padEnd(11)).join(' ')} ${r.name}`);
}
// --kinds: per kind of clash (contradicts or differs), gold contradictions of those found, per round
if (values.kinds) {
  const groups = [...new Set(scored.map((j) => j.pair.round ?? 'dev'))].sort();
  const rows = scored.map((j) => ({
    group: j.pair.round ?? 'dev',
    gold: j.pair.label,
    kind: details.get(j.pair.id)?.kind,
  }));
  const cell = ([t, n]: [number, number]) => `${t} of ${n}`.padEnd(10);
  line(`\nkind of clash: gold contradicts of the clashes found; ${groups.join(' | ')} | all`);
  for (const r of kindTable(rows, groups))
    line(`  ${r.kind.padEnd(16)} ${r.byGroup.map(cell).join('  ')}  ${cell(r.all)}`);
}
// --bands: where the judge says supports, by band of each property, and what a floor there leaves
if (values.bands) {
  const rows = scored.map((j): BandRow => {
    const d = details.get(j.pair.id);
    const [claim, evidence] = d?.readings ?? [null, null];
    return {
      gold: j.pair.label,
      predicted: j.predicted as string,
      cover: d?.cover ?? 0,
      path: claim && evidence ? coverFloor(claim, evidence).path : null,
      claim,
      evidence,
    };
  });
  const paths = [undefined, 'anchored', 'bare', 'normal'] as const;
  for (const feature of FEATURES)
    for (const path of feature.name === 'cover' ? paths : [undefined]) {
      line(
        `\n${feature.name}${path ? ` (${path} path only)` : ''}: band, judge's supports right / in band; a floor there: P R (right of kept)`,
      );
      for (const b of bandsOf(rows, feature, path))
        line(
          `  >= ${String(b.low).padEnd(5)} ${`${b.correct} / ${b.predicted}`.padEnd(10)} P ${b.floorPrecision.toFixed(3)}  R ${b.floorRecall.toFixed(3)}  (${b.floorCorrect} of ${b.floorPredicted})`,
        );
    }
}
if (values.show) {
  for (const j of scored) {
    const wrong =
      j.pair.label !== j.predicted && (j.pair.label === values.show || j.predicted === values.show);
    if (!wrong && !(values.all && j.pair.label === values.show)) continue;
    const d = details.get(j.pair.id);
    line(
      `\n[${j.pair.id} ${j.pair.dataset}] gold ${j.pair.label}, judged ${j.predicted} (${d?.reason}, cover ${d?.cover.toFixed(2)})`,
    );
    line(`  A: ${d?.claim}`);
    line(`  B: ${d?.evidence}`);
  }
}
// --pair ID: how the judge read both sentences of a dev pair
for (const id of values.pair ?? []) {
  const d = details.get(id);
  if (!d) continue;
  line(`\n[${id}] ${d.verdict} (${d.reason}, cover ${d.cover.toFixed(2)})`);
  for (const r of d.readings) {
    if (!r) continue;
    line(`  ${r.claim.text}`);
    line(
      `    predicates ${r.predicates.join(' ')}; names ${r.names.join(' ')}; ${r.modality}${r.negated ? ' negated' : ''}; subject ${r.claim.subject?.name ?? '-'}`,
    );
    for (const f of r.claim.figures)
      line(
        `    figure ${f.value} [${f.low}, ${f.high}] ${f.unit ?? ''} counts ${f.counts} q ${f.qualifier} ctx ${f.context.join(',')}`,
      );
    for (const x of r.dates) line(`    date ${JSON.stringify(x)}`);
  }
}
