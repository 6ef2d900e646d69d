import type { Article, Issue, RawArticle, StoryExtraction, StoryGroup } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { PackedArticles } from './pack.ts';
import { TAIL_PARTS } from './patterns.ts';

/**
 * What each worker of a run is started with: the options its stages read, the run's clock, and the
 * folder of Node's compile cache when the main thread uses one (the worker then uses it too).
 */
export interface WorkerSetup {
  readonly options: AnalyzeOptions;
  readonly now: Date;
  readonly compileCache?: string;
}

/**
 * One task: some items of a per-item step. A story task carries its stories' articles packed (in the
 * stories' order) and the corpus prior serialised once into memory every worker shares; a `rest` task
 * (splitStories) one story's articles packed and what extract found in them, for the story's other
 * stages, with the story's time budget and what is left of it. `ready` does nothing: it tells when a worker has started.
 */
export type Task =
  | { readonly kind: 'ready' }
  | { readonly kind: 'clean'; readonly items: readonly RawArticle[] }
  | { readonly kind: 'segment'; readonly items: readonly Article[] }
  | {
      readonly kind: 'story';
      readonly stories: readonly StoryGroup[];
      readonly articles: PackedArticles;
      readonly prior: SharedArrayBuffer;
    }
  | {
      readonly kind: 'rest';
      readonly story: StoryGroup;
      readonly articles: PackedArticles;
      readonly extraction: StoryExtraction;
      readonly prior: SharedArrayBuffer;
      readonly budgetMs: number;
      readonly leftMs: number;
    };

/**
 * A task's outputs — cleaned articles or stories, or the segmented articles packed — and, per item,
 * the issues its stages reported (merged back in item order).
 */
export interface TaskResult {
  readonly outputs?: readonly unknown[];
  readonly packed?: PackedArticles;
  readonly issues: readonly (readonly Issue[])[];
  /** CPU time of the task in its worker, and of the worker's start before its first task (else 0). */
  readonly cpuMs?: number;
  readonly startCpuMs?: number;
}

/**
 * Split a step's items (by index) into tasks for `jobs` workers: about `perWorker` tasks per worker,
 * each near the same size by `weight`, heaviest first; the tasks shrink once less is left than
 * `2 * jobs` of them hold (each then at most a `2 * jobs`-th of what is left, and not under an eighth
 * of a share), so that at the end no thread waits long for another's last task. An item heavier than
 * a task's share is a task alone; the indices keep the outputs' order.
 * @example
 * planTasks([1, 9, 1, 1], 1, 4) // [[1], [0, 2], [3]]
 */
export function planTasks(weights: readonly number[], jobs: number, perWorker = 8): number[][] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const threads = Math.max(1, jobs);
  const share = total / (threads * perWorker);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
  const tasks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  let left = total;
  // a share, or less once little is left (a 2 * jobs-th of it, not under a TAIL_PARTS-th of a share)
  const targetOf = (left: number) => Math.max(share / TAIL_PARTS, Math.min(share, left / (2 * threads)));
  let target = targetOf(left);
  for (const index of order) {
    current.push(index);
    size += weights[index] as number;
    if (size >= target) {
      tasks.push(current);
      left -= size;
      current = [];
      size = 0;
      target = targetOf(left);
    }
  }
  if (current.length) tasks.push(current);
  return tasks;
}
