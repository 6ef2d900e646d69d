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
  /** How many chunks may be asked for ahead of the one being stored (0: prepared when asked). */
  readonly ahead: number;
  prepare(files: readonly InputFile[]): Promise<PreparedChunk>;
  close(): Promise<void>;
}

// The worker module beside this one: TypeScript in a checkout, JavaScript in the built package.
const WORKER = new URL(`./worker${import.meta.url.slice(import.meta.url.lastIndexOf('.'))}`, import.meta.url);

/**
 * A preparer for an ingest of `files` input files: `jobs` worker threads (default: the machine's
 * cores, when there are at least `MIN_FILES_FOR_WORKERS` files), else this thread (also when the
 * options cannot be sent to a thread).
 */
export function createPreparer(
  options: AnalyzeOptions,
  now: Date,
  { files, jobs, timings }: { files: number; jobs?: number; timings: boolean },
): Preparer {
  const threads = Math.max(1, Math.floor(jobs ?? availableParallelism()));
  const local: Preparer = {
    ahead: 0,
    prepare: async (chunk) => prepareChunk(chunk, options, now, timings),
    close: async () => {},
  };
  // a pool is worth its start only for a large ingest, unless the caller asked for threads
  if (threads === 1 || (jobs === undefined && files < MIN_FILES_FOR_WORKERS) || !sendable(options))
    return local;
  const pool = new Piscina({
    filename: fileURLToPath(WORKER),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    // one chunk per thread in flight, and one more waiting, while this thread stores
    ahead: threads + 1,
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
