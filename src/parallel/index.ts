import module from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Report, RunContext } from '../model/index.ts';
import { type AnalyzeOptions, analyzeSteps, itemRunner, runInThread, runItemsHere } from '../pipeline.ts';
import type { InputFile } from '../stages/ingest/index.ts';
import { MIN_ARTICLES_PER_WORKER } from './patterns.ts';
import { addTiming, phaseOf, runStep, TASKS_PER_WORKER } from './schedule.ts';
import { splitStories } from './split.ts';
import type { WorkerSetup } from './tasks.ts';

/** How `analyzeParallel` spreads the work. */
export interface ParallelOptions {
  /**
   * Threads that do the per-item work, this one included (default: the machine's cores less one,
   * which V8's own compiler and collector threads need); 1 runs everything in this thread, as `analyze`.
   */
  readonly jobs?: number;
  /**
   * Fewest input articles per thread for which workers are started (default MIN_ARTICLES_PER_WORKER);
   * a smaller run is analysed in this thread, where it finishes before the workers would have loaded.
   */
  readonly minArticlesPerWorker?: number;
  /**
   * False: this thread takes no task of its own and the workers do all the per-item work, as a test
   * of their path needs (default true: this thread takes tasks too).
   */
  readonly shareWork?: boolean;
  /**
   * How the work is split: `'stage'` (the default with one worker) runs every step in this thread but
   * the stories' later stages (compare → summarize and timeline), which the workers run, so that they
   * compile only those stages, while this thread extracts every story; then this thread finishes the
   * lightest stories not yet sent (`splitStories`); `'item'` (the default with more) shares the items
   * of each per-item step (articles, stories) between all the threads.
   */
  readonly split?: 'stage' | 'item';
}

/**
 * The threads `analyzeParallel` (and the CLI's `--jobs`) uses when not told: the machine's cores less
 * one, which V8's own compiler and collector threads need (one thread on 2 cores).
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

// The worker module beside this one: TypeScript in a checkout, JavaScript in the built package.
const WORKER = new URL(`./worker${import.meta.url.slice(import.meta.url.lastIndexOf('.'))}`, import.meta.url);

/**
 * `analyze` with its per-article steps (clean, segment) and its per-story steps shared between this
 * thread and `jobs - 1` worker threads; the steps over every article (ingest, syndicate, cluster)
 * stay in this thread. The workers start while this thread reads and cleans the input and take their
 * tasks from the same queue as this thread, so a worker still loading costs no waiting. The report is
 * the one `analyze` gives (same stories, ids and issues in the same order): only `ctx.timings`
 * differs, holding each phase's wall-clock time and the CPU time this thread and the workers spent on
 * it (`segment, main CPU`, `segment, worker CPU`, `worker start, CPU` for loading the pipeline), and with
 * one worker the CPU time this thread spent finishing stories itself (`stories, main rest CPU`) and how
 * long it then waited for the worker's last story (`stories, main thread waits`), which
 * tell on a busy machine what the phases would take on free cores. One pool per call, closed at the end.
 * @example
 * const report = await analyzeParallel(files, {}, createContext(), { jobs: 4 });
 */
export async function analyzeParallel(
  files: readonly InputFile[],
  options: AnalyzeOptions,
  ctx: RunContext,
  parallel: ParallelOptions = {},
): Promise<Report> {
  const jobs = Math.max(1, Math.floor(parallel.jobs ?? defaultJobs()));
  const steps = analyzeSteps(files, options, ctx);
  let next = steps.next();
  const first = next.done ? 0 : next.value.items.length;
  const setup = workerSetup(options, ctx);
  if (jobs === 1 || !setup || first < jobs * (parallel.minArticlesPerWorker ?? MIN_ARTICLES_PER_WORKER))
    return runInThread(steps, options, ctx, next);
  const workers = jobs - 1;
  // piscina loads only when workers start (not in a run of one thread, the default on 2 cores)
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: fileURLToPath(WORKER),
    minThreads: workers,
    maxThreads: workers,
    // two tasks wait at each worker, so that it goes on while this thread is busy with its own share
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: setup,
  });
  ctx.log(`analysing in ${jobs} threads (${workers} worker${workers === 1 ? '' : 's'})`);
  const run = itemRunner(options);
  const byStage = (parallel.split ?? (workers === 1 ? 'stage' : 'item')) === 'stage';
  try {
    while (!next.done) {
      const start = performance.now();
      const startCpu = process.threadCpuUsage();
      const step = next.value;
      let outputs: unknown[];
      if (!byStage) outputs = await runStep(pool, parallel.shareWork === false ? null : run, step, jobs, ctx);
      else if (step.kind === 'story') outputs = await splitStories(pool, options, step, workers, ctx);
      else outputs = runItemsHere(run, step, ctx);
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
  const compileCache = module.getCompileCacheDir();
  try {
    return structuredClone({ options: rest, now: ctx.now, ...(compileCache ? { compileCache } : {}) });
  } catch {
    return null;
  }
}
