// One per-item step of `analyzeParallel` shared between this thread and the workers: its items are
// cut into tasks, heaviest first, and every thread takes the next task from one queue until none is
// left, so a thread that is slower (still loading, or given less of the machine) simply takes fewer.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { serialize } from 'node:v8';
import type { Piscina } from 'piscina';
import type { Issue, RunContext, StoryInput } from '../model/index.ts';
// not through model/index.ts, whose zod schemas a run does not need
import { createContext } from '../model/stage.ts';
import { type ItemStep, type itemRunner, progressLine } from '../pipeline.ts';
import { buffersOf, packArticles, unpackArticles } from './pack.ts';
import { planTasks, type Task, type TaskResult } from './tasks.ts';

/** How many tasks wait at each worker (piscina's `concurrentTasksPerWorker`). */
export const TASKS_PER_WORKER = 2;

/**
 * Run one step's items over this thread (`run`; null: this thread takes no task) and the pool's
 * workers (`jobs - 1` of them); the outputs come back, and the issues are added to `ctx.issues`, in
 * item order.
 */
export async function runStep(
  pool: Piscina,
  run: ReturnType<typeof itemRunner> | null,
  step: ItemStep,
  jobs: number,
  ctx: RunContext,
): Promise<unknown[]> {
  const prior = step.kind === 'story' ? sharedCopy(serialize(step.prior)) : undefined;
  const queue = planTasks(step.items.map(weightOf), jobs);
  const outputs: unknown[] = new Array(step.items.length);
  const issues: (readonly Issue[])[] = new Array(step.items.length);
  let done = 0;
  const finished = (count: number) => {
    const before = done;
    done += count;
    const every = progressEvery(step.kind);
    if (Math.floor(done / every) > Math.floor(before / every) && done < step.items.length)
      ctx.log(progressLine(step.kind, done, step.items.length));
  };
  // a lane of a worker: once the worker has started, it takes tasks until the queue is empty
  const lane = async () => {
    const started = (await pool.run({ kind: 'ready' } satisfies Task)) as TaskResult;
    addTiming(ctx, 'worker start, CPU', started.startCpuMs ?? 0);
    for (let task = queue.shift(); task; task = queue.shift()) {
      const items = task.map((i) => step.items[i] as ItemStep['items'][number]);
      const result = (await runTask(pool, step.kind, items, prior)) as TaskResult;
      const values = result.packed ? unpackArticles(result.packed) : (result.outputs ?? []);
      addTiming(ctx, `${phaseOf(step.kind)}, worker CPU`, result.cpuMs ?? 0);
      addTiming(ctx, 'worker start, CPU', result.startCpuMs ?? 0);
      task.forEach((index, k) => {
        outputs[index] = values[k];
        issues[index] = result.issues[k] ?? [];
      });
      finished(task.length);
    }
  };
  // this thread: item by item, letting the workers' results in between
  const here = async () => {
    if (!run) return;
    for (let task = queue.shift(); task; task = queue.shift()) {
      for (const index of task) {
        const itemCtx = createContext({ now: ctx.now });
        outputs[index] = run({ ...step, items: [step.items[index]] } as ItemStep, itemCtx)[0];
        issues[index] = itemCtx.issues;
        await nextTurn();
      }
      finished(task.length);
    }
  };
  // a task that fails empties the queue, so that no thread goes on with a run that has failed
  const stopOnFailure = (work: Promise<void>) =>
    work.catch((error: unknown) => {
      queue.length = 0;
      throw error;
    });
  const lanes = Array.from({ length: (jobs - 1) * TASKS_PER_WORKER }, () => stopOnFailure(lane()));
  await Promise.all([stopOnFailure(here()), ...lanes]);
  for (const list of issues) ctx.issues.push(...list);
  return outputs;
}

// One task to the pool; a story task's articles go packed, their buffers moved.
function runTask(
  pool: Piscina,
  kind: ItemStep['kind'],
  items: readonly ItemStep['items'][number][],
  prior: SharedArrayBuffer | undefined,
): Promise<unknown> {
  if (kind !== 'story' || !prior) return pool.run({ kind, items } as Task);
  const inputs = items as StoryInput[];
  const articles = packArticles(inputs.flatMap((input) => input.articles));
  const task: Task = { kind, stories: inputs.map((input) => input.story), articles, prior };
  return pool.run(task, { transferList: buffersOf(articles) });
}

/** The size of an item's work, by the characters it reads. */
export function weightOf(item: ItemStep['items'][number]): number {
  if ('content' in item) return item.content.length;
  if ('text' in item) return item.text.length;
  return item.articles.reduce((sum, doc) => sum + doc.article.text.length, 0);
}

/** Bytes in memory that every worker sees without a copy. */
export function sharedCopy(bytes: Uint8Array): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** Every how many items of a step a progress line is logged. */
export const progressEvery = (kind: ItemStep['kind']): number => (kind === 'story' ? 50 : 100);

/** The name of a per-item step's phase in the timings. */
export const phaseOf = (kind: ItemStep['kind']): string => (kind === 'story' ? 'stories' : kind);

/** Add `ms` to the timing `key` of the run, when the caller asked for timings. */
export function addTiming(ctx: RunContext, key: string, ms: number): void {
  if (ms > 0) ctx.timings?.set(key, (ctx.timings.get(key) ?? 0) + ms);
}
