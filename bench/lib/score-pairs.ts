// The pair set the grouping score is fitted on (`npm run fit:cluster`): every (article, candidate story)
// the online grouper scores in a batch run — the candidates its index returns when the article is
// placed on arrival and in each re-placing round — with the score's parts and the gold answer.
import type { ArticleFeatures } from '../../src/stages/cluster/features.ts';
import type { Entry, Grouper, GrouperOptions, ScoredCandidate } from '../../src/stages/cluster/grouper.ts';
import { consolidate, createGrouper, dateOrder } from '../../src/stages/cluster/index.ts';
import { FIRST_PASS_THRESHOLD } from '../../src/stages/cluster/patterns.ts';
import type { ScoreTuning } from '../../src/stages/cluster/score.ts';
import type { ScorePair } from './score-fit.ts';

/** A pair with what else the fit may look at beside the score's parts. */
export interface TracedPair extends ScorePair {
  /** The story's articles, the placed one not counted. */
  readonly size: number;
  /** Figures of the article's headline and lead that the story's leads hold too. */
  readonly sharedFigures: number;
  /** The article's names the story holds, by their weight in its names vector (0..1). */
  readonly sharedNames: number;
}

/**
 * Run the batch grouping of `features` with `tuning` and record every scored candidate; a pair is
 * `same` when the article's gold event is the most common gold event among the story's other articles.
 */
export function tracePairs(
  features: readonly ArticleFeatures[],
  gold: ReadonlyMap<string, string>,
  tuning?: ScoreTuning,
): TracedPair[] {
  const pairs: TracedPair[] = [];
  let placing = 0;
  let running: Grouper | null = null;
  const trace = (entry: Entry, scored: readonly ScoredCandidate[]) => {
    placing++;
    const counts = new Map<number, Map<string, number>>();
    const grouper = running as Grouper;
    for (const e of grouper.entries()) {
      if (e === entry || e.placement.story < 0) continue;
      const byEvent = counts.get(e.placement.story) ?? new Map<string, number>();
      const event = gold.get(e.id) as string;
      byEvent.set(event, (byEvent.get(event) ?? 0) + 1);
      counts.set(e.placement.story, byEvent);
    }
    const v = entry.vectors;
    for (const c of scored) {
      const byEvent = counts.get(c.story);
      if (!byEvent) continue;
      const majority = [...byEvent].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
      let sharedFigures = 0;
      for (const id of v.lead.ids)
        if (grouper.key(id).startsWith('#') && c.profile.lead.holds(id)) sharedFigures++;
      let sharedNames = 0;
      for (let i = 0; i < v.names.ids.length; i++)
        if (c.profile.names.holds(v.names.ids[i] as number))
          sharedNames += (v.names.weights[i] as number) ** 2;
      pairs.push({
        lead: c.parts.lead,
        names: c.parts.names,
        body: c.parts.body,
        hasNames: v.names.ids.length > 0 && c.profile.names.size > 0,
        hasBody: v.body.ids.length > 0 && c.profile.body.size > 0,
        triggers: c.parts.triggers,
        whenConflict: c.parts.whenConflict,
        gapDays: c.parts.gapDays,
        same: majority === gold.get(entry.id),
        placing,
        size: c.size,
        sharedFigures,
        sharedNames,
      });
    }
  };
  // (the trace reads the grouper it runs in)
  runBatch(features, { trace, ...(tuning ? { tuning } : {}) }, (g) => {
    running = g;
  });
  return pairs;
}

/**
 * The batch grouping as `batchGrouper` runs it (date order, a strict first pass, then `consolidate`),
 * with any grouper options; `created` sees the grouper before the first article is placed.
 */
export function runBatch(
  features: readonly ArticleFeatures[],
  options: GrouperOptions,
  created?: (grouper: Grouper) => void,
): Grouper {
  const grouper = createGrouper(options);
  created?.(grouper);
  for (const f of features) grouper.observe(f);
  for (const f of dateOrder(features)) grouper.place(f, FIRST_PASS_THRESHOLD);
  consolidate(grouper);
  return grouper;
}
