// The grouping figures `npm run fit:cluster` weighs a score by: event B-cubed F1 of the batch grouping
// on the development halves (ECB+ even topics; NeuS even ids alone, and inside one run of all 919
// excerpts, the run the goal is set on), for any score tuning and join threshold.
import type { ArticleFeatures } from '../../src/stages/cluster/features.ts';
import { articleFeatures } from '../../src/stages/cluster/index.ts';
import type { ScoreTuning } from '../../src/stages/cluster/score.ts';
import { bcubed } from './bcubed.ts';
import type { ClusterSet } from './cluster-data.ts';
import { runBatch } from './score-pairs.ts';

/** The dev halves' articles read once, with their gold events. */
export interface DevHalves {
  readonly ecb: readonly ArticleFeatures[];
  readonly ecbGold: ReadonlyMap<string, string>;
  /** NeuS: every excerpt (for the one run), its dev half, and the dev half's gold events. */
  readonly neus: readonly ArticleFeatures[];
  readonly neusDev: readonly ArticleFeatures[];
  readonly neusGold: ReadonlyMap<string, string>;
}

const devGold = (set: ClusterSet) => new Map([...set.event].filter(([id]) => set.half.get(id) === 'dev'));

/** Read the dev halves of ECB+ and NeuS (NeuS empty when its data is missing). */
export function devHalves(ecb: ClusterSet, neus: ClusterSet | null): DevHalves {
  const all = neus ? neus.docs.map(articleFeatures) : [];
  return {
    ecb: ecb.docs.filter((d) => ecb.half.get(d.article.id) === 'dev').map(articleFeatures),
    ecbGold: devGold(ecb),
    neus: all,
    neusDev: all.filter((f) => neus?.half.get(f.id) === 'dev'),
    neusGold: neus ? devGold(neus) : new Map(),
  };
}

// Event B-cubed F1 of the batch grouping of `features` against `gold` (its articles that `gold` holds).
function f1(
  features: readonly ArticleFeatures[],
  gold: ReadonlyMap<string, string>,
  tuning: ScoreTuning,
  threshold: number,
) {
  const grouper = runBatch(features, { tuning, threshold });
  return bcubed(new Map(grouper.entries().map((e) => [e.id, String(e.placement.story)])), gold).f1;
}

/** Event B-cubed F1 on ECB+ dev, NeuS dev alone and NeuS dev inside the one run of all excerpts. */
export function groupingF1(halves: DevHalves, tuning: ScoreTuning, threshold: number) {
  return {
    ecb: f1(halves.ecb, halves.ecbGold, tuning, threshold),
    neus: halves.neusDev.length ? f1(halves.neusDev, halves.neusGold, tuning, threshold) : 0,
    inside: halves.neus.length ? f1(halves.neus, halves.neusGold, tuning, threshold) : 0,
  };
}
