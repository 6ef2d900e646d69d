import { type BatchInput, groupByConsensus } from './consensus.ts';
import type { ArticleFeatures } from './features.ts';
import { createGrouper, type Grouper } from './grouper.ts';
import { MERGE_THRESHOLD } from './merge-patterns.ts';
import { undatedKeys } from './named-days.ts';
import {
  CONSENSUS_MAX_ARTICLES,
  CONSENSUS_RUNS,
  FIRST_PASS_THRESHOLD,
  REFINE_PASSES,
  SAME_STORY_THRESHOLD,
} from './patterns.ts';

/** Options of a batch grouping (the cluster stage's `threshold`, `ignoreDates` and `refinePasses`). */
export interface BatchOptions {
  /** Score above which an article joins a story (default `SAME_STORY_THRESHOLD`). */
  readonly threshold?: number;
  /** Ignore every date (for measuring what time adds). */
  readonly ignoreDates?: boolean;
  /** Passes that re-place every article after the first (default `REFINE_PASSES`). */
  readonly refinePasses?: number;
  /** Orders to group in, the run most like the others kept (default `CONSENSUS_RUNS`). */
  readonly runs?: number;
  /**
   * The seed of the first order (default 0; the runs take it and the next ones): for measuring how
   * much one seeded order's accidents move a figure (`eval:cluster --seeds`).
   */
  readonly seed?: number;
}

/**
 * The batch grouping before its stories are built: the consensus of `options.runs` date orders
 * (`batchGroupOf`); the grouper is returned for evaluations that look inside it.
 */
export function batchGrouper(features: readonly ArticleFeatures[], options: BatchOptions = {}): Grouper {
  // (the weekdays named keep their names, not the days they name)
  const undated = (f: ArticleFeatures): ArticleFeatures => ({
    ...f,
    day: null,
    dateSource: null,
    ...(f.particulars ? { particulars: { ...f.particulars, when: undatedKeys(f.particulars.when) } } : {}),
  });
  const read = options.ignoreDates ? features.map(undated) : features;
  return batchGroupOf({ count: read.length, at: (i) => read[i] as ArticleFeatures }, options);
}

/**
 * Group a batch: each of `options.runs` orders (by day, ties by a seeded hash of the content; one above
 * `CONSENSUS_MAX_ARTICLES` articles) fed to an online grouper (joining only above
 * `FIRST_PASS_THRESHOLD`), then settled (`consolidate`); the run that agrees best with the others is
 * kept (`groupByConsensus`), so no input order changes the stories.
 */
export function batchGroupOf(input: BatchInput, options: Omit<BatchOptions, 'ignoreDates'> = {}): Grouper {
  const runs = input.count <= CONSENSUS_MAX_ARTICLES ? (options.runs ?? CONSENSUS_RUNS) : 1;
  const fresh = () => createGrouper({ threshold: options.threshold ?? SAME_STORY_THRESHOLD });
  const groupInOrder = (order: readonly number[]) => {
    const grouper = fresh();
    for (const i of order) grouper.observe(input.at(i));
    for (const i of order) grouper.place(input.at(i), FIRST_PASS_THRESHOLD);
    consolidate(grouper, options.refinePasses);
    return grouper;
  };
  return groupByConsensus(input, runs, groupInOrder, fresh, options.seed);
}

/** One step of settling a grouper's stories (`consolidate`): its name and what it does. */
export interface SettlingStep {
  readonly name: string;
  readonly run: (grouper: Grouper) => void;
}

/**
 * The steps of `consolidate` in order: `passes` refine passes, the split, the merge, the last refine
 * and the copies put with their originals (named for evaluations that count after each).
 */
export function settlingSteps(passes = REFINE_PASSES): SettlingStep[] {
  const refine = (name: string): SettlingStep => ({ name, run: (g) => g.refine() });
  return [
    ...Array.from({ length: passes }, (_, k) => refine(`refine ${k + 1}`)),
    { name: 'split', run: (g) => g.splitStories() },
    { name: 'merge', run: (g) => g.mergeStories(MERGE_THRESHOLD) },
    refine('last refine'),
    { name: 'copies', run: (g) => g.followOriginals() },
  ];
}

/**
 * Settle a grouper's stories: re-place every article `passes` times, part stories whose articles fall
 * into groups that share no sign of one event (`splitStories`), merge whole stories whose
 * centroids, and articles on average, score above `MERGE_THRESHOLD`, re-place once more, and put each
 * copy of an article in its original's story (`followOriginals`). Batch
 * runs do it once; an online store does it from time to time.
 */
export function consolidate(grouper: Grouper, passes = REFINE_PASSES): void {
  for (const step of settlingSteps(passes)) step.run(grouper);
}
