import type { Issue } from '../model/index.ts';
import type { AnalyzeOptions, ItemStep } from '../pipeline.ts';

/** What each worker of a run is started with: the options its stages read, and the run's clock. */
export interface WorkerSetup {
  readonly options: AnalyzeOptions;
  readonly now: Date;
}

/**
 * One task of a per-item step: some of its items, by position in the step. A story task carries the
 * corpus prior serialised once into shared memory, so it is copied to no worker more than once.
 */
export type Task =
  | { readonly kind: 'clean' | 'segment'; readonly items: ItemStep['items'] }
  | { readonly kind: 'story'; readonly items: ItemStep['items']; readonly prior: SharedArrayBuffer };

/** A task's outputs and, per item, the issues its stages reported (merged back in item order). */
export interface TaskResult {
  readonly outputs: readonly unknown[];
  readonly issues: readonly (readonly Issue[])[];
}

/**
 * Split a step's items (by index) into tasks for `jobs` workers: about eight tasks per worker, each
 * near the same size by `weight`, heaviest first so that the last tasks to finish are short ones.
 * One item heavier than a task's share is a task alone; the indices keep the outputs' order.
 * @example
 * planTasks([5, 1, 1, 1], 1) // [[0], [1, 2, 3]] or finer, heaviest first
 */
export function planTasks(weights: readonly number[], jobs: number, perWorker = 8): number[][] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const share = total / Math.max(1, jobs * perWorker);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
  const tasks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const index of order) {
    current.push(index);
    size += weights[index] as number;
    if (size >= share) {
      tasks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) tasks.push(current);
  return tasks;
}
