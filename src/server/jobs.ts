import { randomUUID } from 'node:crypto';
import { createContext } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { InputFile } from '../stages/ingest/index.ts';
import { ingestInto, storyReport } from '../store/ingest/index.ts';
import type { Store } from '../store/types.ts';
import { KEPT_JOBS } from './patterns.ts';

/** Where an ingest started from the web app stands. */
export interface Job {
  readonly id: string;
  readonly state: 'queued' | 'running' | 'done' | 'failed';
  readonly files: number;
  readonly totalFiles: number;
  readonly inserted: number;
  readonly duplicates: number;
  /** Inputs skipped, with why (one line each). */
  readonly skipped: readonly string[];
  /** Stories the new articles joined or started, whose reports were computed. */
  readonly stories: readonly string[];
  /** Ids of the new articles. */
  readonly articleIds: readonly string[];
  /** One line saying where it stands. */
  readonly message: string;
}

/** Ingests run one at a time in this process, with their progress kept for the progress page. */
export interface JobQueue {
  /** Queue an ingest of these files; returns its job at once. */
  start(files: readonly InputFile[]): Job;
  get(id: string): Job | undefined;
  /** Resolves when every queued ingest has finished. */
  idle(): Promise<void>;
}

/** A queue that ingests into `store` (one thread: the server stays responsive), then computes the touched stories' reports. */
export function createJobQueue(store: Store, options: AnalyzeOptions): JobQueue {
  const jobs = new Map<string, Job>();
  let chain: Promise<void> = Promise.resolve();
  const set = (id: string, change: Partial<Job>) => {
    jobs.set(id, { ...(jobs.get(id) as Job), ...change });
  };
  const run = async (id: string, files: readonly InputFile[]) => {
    set(id, {
      state: 'running',
      message: `reading ${files.length} ${files.length === 1 ? 'file' : 'files'}`,
    });
    const ctx = createContext({ now: new Date() });
    const summary = await ingestInto(
      store,
      files,
      {
        analyze: options,
        jobs: 1,
        batchSize: 10,
        onBatch: (p) =>
          set(id, {
            files: p.files,
            inserted: p.inserted,
            duplicates: p.duplicates,
            message: `read ${p.files} of ${p.totalFiles} files: ${p.inserted} new, ${p.duplicates} already stored`,
          }),
      },
      ctx,
    );
    const skipped = ctx.issues.filter((i) => i.severity === 'error').map((i) => i.message);
    set(id, {
      files: summary.files,
      inserted: summary.inserted,
      duplicates: summary.duplicates,
      skipped,
      articleIds: summary.insertedIds,
      message: `stored ${summary.inserted} new articles; computing their stories`,
    });
    const touched = new Set<string>();
    for (const articleId of summary.insertedIds) {
      const stored = await store.article(articleId);
      if (stored?.storyId) touched.add(stored.storyId);
    }
    let done = 0;
    for (const storyId of touched) {
      set(id, { message: `computing the reports of the stories: ${done} of ${touched.size}` });
      await storyReport(store, storyId, options, createContext({ now: new Date() }));
      done++;
    }
    set(id, {
      state: 'done',
      stories: [...touched],
      message: `done: ${summary.inserted} new, ${summary.duplicates} already stored, ${skipped.length} skipped, ${touched.size} ${touched.size === 1 ? 'story' : 'stories'}`,
    });
  };
  return {
    start(files) {
      const id = randomUUID();
      jobs.set(id, {
        id,
        state: 'queued',
        files: 0,
        totalFiles: files.length,
        inserted: 0,
        duplicates: 0,
        skipped: [],
        stories: [],
        articleIds: [],
        message: 'waiting for the ingest before it',
      });
      // forget the oldest finished jobs
      for (const [old, job] of jobs)
        if (jobs.size > KEPT_JOBS && (job.state === 'done' || job.state === 'failed')) jobs.delete(old);
      chain = chain.then(() =>
        run(id, files).catch((error: unknown) =>
          set(id, { state: 'failed', message: `failed: ${(error as Error).message}` }),
        ),
      );
      return jobs.get(id) as Job;
    },
    get: (id) => jobs.get(id),
    idle: () => chain,
  };
}
