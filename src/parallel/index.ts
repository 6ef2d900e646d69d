import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { Piscina } from 'piscina';
import type { Report, RunContext, StoryInput } from '../model/index.ts';
import { type AnalyzeOptions, analyzeSteps, type ItemStep, progressLine, runInThread } from '../pipeline.ts';
import type { InputFile } from '../stages/ingest/index.ts';
import { buffersOf, packArticles, unpackArticles } from './pack.ts';
import { MIN_ARTICLES_PER_WORKER } from './patterns.ts';
import { planTasks, type Task, type TaskResult, type WorkerSetup } from './tasks.ts';

/** How `analyzeParallel` spreads the work. */
export interface ParallelOptions {
  /**
   * Worker threads (default: the machine's cores less one, which this thread and V8's own compiler
   * and collector threads need); 1 runs everything in this thread, as `analyze`.
   */
  readonly jobs?: number;
  /**
   * Fewest input articles per worker for which a pool is started (default MIN_ARTICLES_PER_WORKER);
   * a smaller run is analysed in this thread, where it finishes before the workers would have loaded.
   */
  readonly minArticlesPerWorker?: number;
}

// The worker module beside this one: TypeScript in a checkout, JavaScript in the built package.
const WORKER = new URL(`./worker${import.meta.url.slice(import.meta.url.lastIndexOf('.'))}`, import.meta.url);

/**
 * `analyze` with its per-article steps (clean, segment) and its per-story steps spread over a pool of
 * worker threads; the steps over every article (ingest, syndicate, cluster) stay in this thread. The
 * report is the one `analyze` gives (same stories, ids and issues in the same order): only
 * `ctx.timings` differs, holding each phase's wall-clock time and the CPU time this thread and the
 * workers spent on it (`segment, main CPU`, `segment, worker CPU`, `worker start, CPU` for loading the
 * pipeline), which tell on a busy machine what the phases would take on free cores. One pool per
 * call, closed at the end.
 * @example
 * const report = await analyzeParallel(files, {}, createContext(), { jobs: 4 });
 */
export async function analyzeParallel(
  files: readonly InputFile[],
  options: AnalyzeOptions,
  ctx: RunContext,
  parallel: ParallelOptions = {},
): Promise<Report> {
  const jobs = Math.max(1, Math.floor(parallel.jobs ?? availableParallelism() - 1));
  const steps = analyzeSteps(files, options, ctx);
  let next = steps.next();
  const first = next.done ? 0 : next.value.items.length;
  const setup = workerSetup(options, ctx);
  if (jobs === 1 || !setup || first < jobs * (parallel.minArticlesPerWorker ?? MIN_ARTICLES_PER_WORKER))
    return runInThread(steps, options, ctx, next);
  const pool = new Piscina({
    filename: fileURLToPath(WORKER),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: setup,
  });
  ctx.log(`analysing with ${jobs} worker threads`);
  try {
    while (!next.done) {
      const start = performance.now();
      const startCpu = process.threadCpuUsage();
      const outputs = await runInPool(pool, next.value, jobs, ctx);
      addTiming(ctx, phaseOf(next.value.kind), performance.now() - start);
      const cpu = process.threadCpuUsage(startCpu);
      addTiming(ctx, `${phaseOf(next.value.kind)}, main CPU`, (cpu.user + cpu.system) / 1000);
      next = steps.next(outputs);
    }
    return next.value;
  } finally {
    await pool.destroy();
  }
}

// What the workers need of the run, or null when the options cannot be sent to a thread (a function
// in them), in which case the run stays in this thread.
function workerSetup(options: AnalyzeOptions, ctx: RunContext): WorkerSetup | null {
  // the manifest is read by ingest and the grouping options by cluster, both in this thread
  const { ingest: _ingest, cluster: _cluster, ...rest } = options;
  try {
    return structuredClone({ options: rest, now: ctx.now });
  } catch {
    return null;
  }
}

// Run one step's items as tasks over the pool; outputs and issues come back in item order.
async function runInPool(pool: Piscina, step: ItemStep, jobs: number, ctx: RunContext): Promise<unknown[]> {
  const prior = step.kind === 'story' ? sharedCopy(serialize(step.prior)) : undefined;
  const plan = planTasks(step.items.map(weightOf), jobs);
  const outputs: unknown[] = new Array(step.items.length);
  const issues: TaskResult['issues'][number][] = new Array(step.items.length);
  let done = 0;
  await Promise.all(
    plan.map(async (indices) => {
      const items = indices.map((i) => step.items[i] as ItemStep['items'][number]);
      const result = (await runTask(pool, step.kind, items, prior)) as TaskResult;
      const values = result.packed ? unpackArticles(result.packed) : (result.outputs ?? []);
      addTiming(ctx, `${phaseOf(step.kind)}, worker CPU`, result.cpuMs ?? 0);
      addTiming(ctx, 'worker start, CPU', result.startCpuMs ?? 0);
      indices.forEach((index, k) => {
        outputs[index] = values[k];
        issues[index] = result.issues[k] ?? [];
      });
      const before = done;
      done += indices.length;
      const every = step.kind === 'story' ? 50 : 100;
      if (Math.floor(done / every) > Math.floor(before / every) && done < step.items.length)
        ctx.log(progressLine(step.kind, done, step.items.length));
    }),
  );
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

// The size of an item's work, by the characters it reads.
function weightOf(item: ItemStep['items'][number]): number {
  if ('content' in item) return item.content.length;
  if ('text' in item) return item.text.length;
  return item.articles.reduce((sum, doc) => sum + doc.article.text.length, 0);
}

// Bytes in memory that every worker sees without a copy.
function sharedCopy(bytes: Uint8Array): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
}

// The name of a per-item step's phase in the timings.
const phaseOf = (kind: ItemStep['kind']) => (kind === 'story' ? 'stories' : kind);

function addTiming(ctx: RunContext, key: string, ms: number): void {
  if (ms > 0) ctx.timings?.set(key, (ctx.timings.get(key) ?? 0) + ms);
}
