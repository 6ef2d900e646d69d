import module from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Report } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { StoryReportComputer } from '../store/ingest/index.ts';
import type { ReportTask, ReportThreadSetup } from './report-worker.ts';

// The worker module beside this one: TypeScript in a checkout, JavaScript in the built package.
const WORKER = new URL(
  `./report-worker${import.meta.url.slice(import.meta.url.lastIndexOf('.'))}`,
  import.meta.url,
);

/** A worker thread that computes story reports, one at a time, while the server's thread answers requests. */
export interface ReportThread {
  readonly compute: StoryReportComputer;
  /** Stop the thread (a task under way fails). */
  close(): Promise<void>;
}

type Answer = { id: number; report: Report; error?: undefined } | { id: number; error: string };

/**
 * The report thread for these analysis options, or null when they cannot be sent to a thread (a
 * function in them): the app then computes in its own thread. The thread starts at its first task and
 * holds the process open only while it has one.
 */
export function reportThread(options: AnalyzeOptions): ReportThread | null {
  try {
    structuredClone(options);
  } catch {
    return null;
  }
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve: (r: Report) => void; reject: (e: Error) => void }>();
  // a thread that failed or stopped fails its tasks; the next task starts another
  const fail = (thread: Worker, error: Error) => {
    if (worker !== thread) return;
    for (const task of waiting.values()) task.reject(error);
    waiting.clear();
    worker = null;
  };
  const start = (): Worker => {
    // the thread reads its modules from this process's compile cache, when it has one
    const compileCache = module.getCompileCacheDir();
    const thread = new Worker(WORKER, {
      workerData: (compileCache ? { compileCache } : {}) satisfies ReportThreadSetup,
    });
    thread.on('message', (answer: Answer) => {
      const task = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (!waiting.size) thread.unref();
      if (answer.error === undefined) task?.resolve(answer.report);
      else task?.reject(new Error(answer.error));
    });
    thread.on('error', (error) => fail(thread, error));
    thread.on('exit', (code) => fail(thread, new Error(`the report thread stopped (exit ${code})`)));
    return thread;
  };
  return {
    compute: (input, taskOptions: AnalyzeOptions, ctx) =>
      new Promise<Report>((resolve, reject) => {
        worker ??= start();
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, input, options: taskOptions, now: ctx.now } satisfies ReportTask);
      }),
    close: async () => {
      const thread = worker;
      if (thread) fail(thread, new Error('the report thread was stopped'));
      await thread?.terminate();
    },
  };
}
