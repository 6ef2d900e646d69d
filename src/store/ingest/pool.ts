import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalyzeOptions } from '../../pipeline.ts';
import type { InputFile } from '../../stages/ingest/index.ts';
import { MIN_FILES_FOR_WORKERS } from './patterns.ts';
import { type PreparedChunk, prepareChunk } from './prepare.ts';
import type { PrepareTask } from './worker.ts';

/** Prepares chunks of files, in this thread or over worker threads; close it when done. */
export interface Preparer {
  /**
   * Worker threads (0: chunks are prepared in this thread, when asked). Keep at most this many
   * chunks asked for and not yet received: the pool does not run queued tasks in order.
   */
  readonly threads: number;
  prepare(files: readonly InputFile[]): Promise<PreparedChunk>;
  close(): Promise<void>;
}

// The worker module beside this one: TypeScript in a checkout, JavaScript in the built package.
const WORKER = new URL(`./worker${import.meta.url.slice(import.meta.url.lastIndexOf('.'))}`, import.meta.url);

/**
 * A preparer for an ingest of `files` input files over `jobs` threads (default: the machine's cores,
 * when there are at least `MIN_FILES_FOR_WORKERS` files): this one, which stores and places, and
 * `jobs - 1` worker threads that prepare; with one job, or options that cannot be sent to a thread,
 * everything runs in this thread.
 */
export function createPreparer(
  options: AnalyzeOptions,
  now: Date,
  { files, jobs, timings }: { files: number; jobs?: number; timings: boolean },
): Preparer {
  // this thread stores and places; the other cores prepare
  const threads = Math.max(1, Math.floor(jobs ?? availableParallelism())) - 1;
  const local: Preparer = {
    threads: 0,
    prepare: async (chunk) => prepareChunk(chunk, options, now, timings),
    close: async () => {},
  };
  // a pool is worth its start only for a large ingest, unless the caller asked for threads
  if (threads < 1 || (jobs === undefined && files < MIN_FILES_FOR_WORKERS) || !sendable(options))
    return local;
  const pool = new Piscina({
    filename: fileURLToPath(WORKER),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    threads,
    prepare: (chunk) => pool.run({ files: chunk, options, now, timings } satisfies PrepareTask),
    close: () => pool.destroy(),
  };
}

// Options holding a function cannot be sent to a worker thread.
function sendable(options: AnalyzeOptions): boolean {
  try {
    structuredClone(options);
    return true;
  } catch {
    return false;
  }
}
