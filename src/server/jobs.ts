import { randomUUID } from 'node:crypto';
import { createContext } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import { SERVED_LIMITS } from '../report/story-page-limits.ts';
import type { InputFile } from '../stages/ingest/index.ts';
import { ingestInto, type StoryReportComputer, storyReport } from '../store/ingest/index.ts';
import type { Store } from '../store/types.ts';
import { plural } from './html.ts';
import { KEPT_JOBS } from './patterns.ts';

/** What fetches pages for a URL list (the fetch module's polite fetcher). */
export type Fetcher = import('../fetch/index.ts').Fetcher;

// The fetcher, loaded only when a URL list is first given: private and loopback addresses refused.
async function defaultFetcher(): Promise<Fetcher> {
  const { createFetcher } = await import('../fetch/index.ts');
  // the web app has no --allow-private: the command line adds such a page to the same store
  return createFetcher({
    allowPrivateHint: 'the web app fetches none; parallax fetch --allow-private URL --db <this store> does',
  });
}

/** Where an ingest started from the web app stands. */
export interface Job {
  readonly id: string;
  readonly state: 'queued' | 'running' | 'done' | 'failed';
  /** Steps done of all: articles read (a bundle's records) for an upload, pages for a fetch. */
  readonly files: number;
  readonly totalFiles: number;
  /** What is being added, in words ("2 files and 1 pasted article", "3 URLs"), as its page heads it. */
  readonly what: string;
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
  /**
   * Queue an ingest of these files; returns its job at once. `what` says what they are (default "N
   * files"): a pasted article is one of them, but no file the user chose.
   */
  start(files: readonly InputFile[], what?: string): Job;
  /** Queue a fetch of these http(s) URLs (pages, feeds or sitemaps), politely, as `parallax fetch` does. */
  startFetch(urls: readonly string[]): Job;
  get(id: string): Job | undefined;
  /** Ingests queued or running. */
  pending(): number;
  /** Resolves when every queued ingest has finished. */
  idle(): Promise<void>;
}

/** A queue that ingests into `store` (one thread: the server stays responsive), then computes the touched stories' reports. */
export function createJobQueue(
  store: Store,
  options: AnalyzeOptions,
  makeFetcher: () => Promise<Fetcher> = defaultFetcher,
  compute?: StoryReportComputer,
): JobQueue {
  const jobs = new Map<string, Job>();
  let chain: Promise<void> = Promise.resolve();
  const set = (id: string, change: Partial<Job>) => {
    jobs.set(id, { ...(jobs.get(id) as Job), ...change });
  };
  // the reports of the stories the new articles joined or started
  const computeReports = async (id: string, articleIds: readonly string[]): Promise<Set<string>> => {
    const touched = new Set<string>();
    for (const articleId of articleIds) {
      const stored = await store.article(articleId);
      if (stored?.storyId) touched.add(stored.storyId);
    }
    let done = 0;
    for (const storyId of touched) {
      set(id, { message: `computing the reports of the stories: ${done} of ${touched.size}` });
      await storyReport(store, storyId, options, createContext({ now: new Date() }), SERVED_LIMITS, compute);
      done++;
    }
    return touched;
  };
  const fetchRun = async (id: string, urls: readonly string[]) => {
    set(id, { state: 'running', message: `fetching ${urls.length} ${urls.length === 1 ? 'URL' : 'URLs'}` });
    const { fetchInto } = await import('../fetch/index.ts');
    const summary = await fetchInto(
      store,
      urls.map((url) => ({ url, source: null })),
      {
        fetcher: await makeFetcher(),
        analyze: options,
        jobs: 1,
        onProgress: (p) =>
          set(id, {
            files: p.pages,
            totalFiles: Math.max(p.totalPages, urls.length),
            inserted: p.stored,
            message: `fetched ${p.pages} of ${plural(p.totalPages, 'page')}: ${p.stored} stored, ${p.failed} failed`,
          }),
      },
      createContext({ now: new Date() }),
    );
    const skipped = summary.errors.map((e) => `${e.url}: ${e.error}`);
    set(id, {
      inserted: summary.stored,
      duplicates: summary.duplicates + summary.known,
      skipped,
      articleIds: summary.insertedIds,
      message: `stored ${summary.stored} new articles; computing their stories`,
    });
    const touched = await computeReports(id, summary.insertedIds);
    set(id, {
      state: 'done',
      files: Math.max(summary.fetched, jobs.get(id)?.files ?? 0),
      stories: [...touched],
      // a page handled before is not fetched again, whatever became of it: stored, no article, disallowed
      message: `done: ${summary.stored} new, ${summary.duplicates} already stored, ${summary.known} handled before (not fetched again), ${skipped.length} failed, ${summary.noArticle} without an article, ${touched.size} ${touched.size === 1 ? 'story' : 'stories'}`,
    });
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
        // counted in articles (a bundle's records), as `parallax ingest`'s bar: one JSONL file of
        // 500 records is no step of one
        onStart: (p) => set(id, { totalFiles: p.totalRecords }),
        onBatch: (p) =>
          set(id, {
            files: p.records,
            totalFiles: p.totalRecords,
            inserted: p.inserted,
            duplicates: p.duplicates,
            message: `read ${p.records} of ${plural(p.totalRecords, 'article')}: ${p.inserted} new, ${p.duplicates} already stored`,
          }),
      },
      ctx,
    );
    const skipped = ctx.issues.filter((i) => i.severity === 'error').map((i) => i.message);
    set(id, {
      files: summary.records,
      inserted: summary.inserted,
      duplicates: summary.duplicates,
      skipped,
      articleIds: summary.insertedIds,
      message: `stored ${summary.inserted} new articles; computing their stories`,
    });
    const touched = await computeReports(id, summary.insertedIds);
    set(id, {
      state: 'done',
      stories: [...touched],
      message: `done: ${summary.inserted} new, ${versionsDone(summary)}${summary.duplicates} already stored, ${skipped.length} skipped, ${touched.size} ${touched.size === 1 ? 'story' : 'stories'}`,
    });
  };
  const queue = (total: number, what: string, work: (id: string) => Promise<void>): Job => {
    const id = randomUUID();
    jobs.set(id, {
      id,
      state: 'queued',
      files: 0,
      totalFiles: total,
      what,
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
      work(id).catch((error: unknown) =>
        set(id, { state: 'failed', message: `failed: ${(error as Error).message}` }),
      ),
    );
    return jobs.get(id) as Job;
  };
  return {
    start: (files, what = plural(files.length, 'file')) => queue(files.length, what, (id) => run(id, files)),
    startFetch: (urls) => queue(urls.length, plural(urls.length, 'URL'), (id) => fetchRun(id, urls)),
    get: (id) => jobs.get(id),
    pending: () =>
      [...jobs.values()].filter((job) => job.state === 'queued' || job.state === 'running').length,
    idle: () => chain,
  };
}

// Pages found stored and read as another version of their article: neither new nor already stored,
// said as `parallax ingest` says them (nothing when none).
function versionsDone(summary: { readonly replaced: number; readonly keptEarlier: number }): string {
  return [
    summary.replaced ? `${summary.replaced} replaced by a later version of its page, ` : '',
    summary.keptEarlier ? `${summary.keptEarlier} kept as an earlier version of a stored page, ` : '',
  ].join('');
}
