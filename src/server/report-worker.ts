// The worker thread of `reportThread`: computes a story's report from what the server read of it, and
// posts it back (the server saves it). Only `node:` modules are imported here: the analysis is
// imported after Node's compile cache is on, when the server's process uses one (the CLI does), so
// that the thread reads its ~350 modules compiled instead of stripping and compiling them again
// (as src/parallel/worker.ts does). Tasks sent meanwhile wait for the modules, in order.
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { StoryReportInput } from '../store/ingest/reports.ts';

/** One task: a story to compute, the analysis options, the run's time. */
export interface ReportTask {
  readonly id: number;
  readonly input: StoryReportInput;
  readonly options: AnalyzeOptions;
  readonly now: Date;
}

/** What the thread is started with: the server's compile cache folder, when it has one. */
export interface ReportThreadSetup {
  readonly compileCache?: string;
}

const { compileCache } = (workerData ?? {}) as ReportThreadSetup;
if (compileCache) module.enableCompileCache(compileCache);

// TypeScript in a checkout, JavaScript in the built package, like this module.
const ext = import.meta.url.slice(import.meta.url.lastIndexOf('.'));
const loaded = Promise.all([
  import(new URL(`../store/ingest/reports${ext}`, import.meta.url).href) as Promise<
    typeof import('../store/ingest/reports.ts')
  >,
  import(new URL(`../model/index${ext}`, import.meta.url).href) as Promise<
    typeof import('../model/index.ts')
  >,
]).then(([{ computeStoryReport }, { createContext }]) => ({
  compute: (task: ReportTask): Report =>
    computeStoryReport(task.input, task.options, createContext({ now: task.now })),
}));

// a failed load fails each task (with its message), not the thread
loaded.catch(() => {});

parentPort?.on('message', async (task: ReportTask) => {
  try {
    const { compute } = await loaded;
    parentPort?.postMessage({ id: task.id, report: compute(task) });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: (error as Error).message });
  }
});
