import type { RunContext } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import { type FeedState, noteKey } from '../store/fetch-types.ts';
import { groupPending } from '../store/ingest/index.ts';
import { createPreparer } from '../store/ingest/pool.ts';
import { urlKey } from '../store/keys.ts';
import type { Store } from '../store/types.ts';
import { FetchError, type Fetcher, type FetchResult } from './fetcher.ts';
import { createPageSink, type PageAsked } from './page-sink.ts';
import { GIVE_UP_AFTER_MS, GLOBAL_CONCURRENCY, INGEST_BATCH, MAX_PAGE_ATTEMPTS } from './patterns.ts';
import { type FetchTarget, planRun, validators } from './plan-run.ts';

/**
 * A fetch run: read the targets (feeds, sitemaps, URL lists, pages), leave out the pages the store
 * has handled, fetch the rest politely (many hosts at once, each host through its gate), and store
 * them batch by batch, placing new articles into stories as `ingest` does.
 */

export type { FetchTarget } from './plan-run.ts';

const DAY_MS = 86_400_000;

/** Options of a fetch run. */
export interface FetchIntoOptions {
  readonly fetcher: Fetcher;
  /** The per-article stages' options (the outlet table for a later report, clean options). */
  readonly analyze?: AnalyzeOptions;
  /** Pages fetched at once over all hosts (each host still gets at most its gate's share). */
  readonly concurrency?: number;
  /**
   * Attempts, over runs, at a page that failed, before it is left alone (`MAX_PAGE_ATTEMPTS`), once
   * the last came at least `giveUpAfterMs` after the first (`GIVE_UP_AFTER_MS`); a failed page is
   * asked again at a run only after a wait that grows with each failure (retry.ts).
   */
  readonly maxAttempts?: number;
  readonly giveUpAfterMs?: number;
  /** Pages stored per batch. */
  readonly batchSize?: number;
  /** Leave out listed pages dated before this ISO date (undated ones are kept). */
  readonly since?: string;
  /** Fetch at most this many pages this run (the rest wait for the next run). */
  readonly maxPages?: number;
  /**
   * Fetch again the pages handled before (stored, duplicate, without article), asking each with its
   * validators (If-None-Match / If-Modified-Since): a page not modified costs a 304; a changed one
   * that stored an article replaces it when its extraction changed. Listings are read in full.
   */
  readonly refresh?: boolean;
  /**
   * Ask again, conditionally, every stored page its listing dates within the last this many days, at
   * every run (`watch --recheck-days`): a correction of an RSS page is read within a poll. Listings
   * are read in full.
   */
  readonly recheckDays?: number;
  /** Threads that prepare articles (see `ingestInto`). */
  readonly jobs?: number;
  /** Stops the run between pages: what was fetched is stored. */
  readonly signal?: AbortSignal;
  /** Called as pages are handled. */
  readonly onProgress?: (progress: FetchProgress) => void;
}

/** Where a run stands. */
export interface FetchProgress {
  readonly pages: number;
  readonly totalPages: number;
  readonly stored: number;
  readonly failed: number;
}

/** A line of what went wrong: a listing's or a page's URL and its error. */
export interface RunError {
  readonly url: string;
  readonly error: string;
  readonly known?: boolean;
}

/** What a run did. */
export interface FetchSummary {
  /** Feeds and sitemaps read, and those not read (refused, as a private address, or failed). */
  readonly listings: number;
  readonly unread: number;
  readonly unchanged: number;
  readonly listed: number;
  /** Feed items left out for want of an http(s) link (each named in `errors`). */
  readonly unlinked: number;
  /** Pages left out because the store has handled them. */
  readonly known: number;
  /** Pages left out as dated before `since`, and left for the next run past `maxPages`. */
  readonly older: number;
  readonly deferred: number;
  /** Pages that failed before, left out until their wait is over (retry.ts). */
  readonly waiting: number;
  /** Pages read for the first time (an answer with a page); the new articles among them. */
  readonly fetched: number;
  readonly stored: number;
  /** Pages fetched again (`refresh`): articles replaced as their page changed, and pages found unchanged. */
  readonly updated: number;
  readonly pagesUnchanged: number;
  readonly duplicates: number;
  /** Of the duplicates, pages whose article the store has from another address of the site (each named in `notes`). */
  readonly moved: number;
  readonly noArticle: number;
  /** Pages a listing named that say they are no article (a sitemap's "About us"), each named in `notes`. */
  readonly notArticle: number;
  readonly disallowed: number;
  readonly failed: number;
  readonly storiesCreated: number;
  readonly storiesGrown: number;
  /**
   * What went wrong, one line per listing or page; `known` for what never changes by itself and an
   * earlier run told already (an item with no http(s) link, a page robots.txt disallows): no new failure.
   */
  readonly errors: readonly RunError[];
  /** What is no failure but worth a word, one line per page (a page at a new address, a page left out as no article). */
  readonly notes: readonly { readonly url: string; readonly note: string }[];
  readonly insertedIds: readonly string[];
}

/**
 * Fetch targets into a store.
 * @example
 * const fetcher = createFetcher();
 * const summary = await fetchInto(store, [{ url: 'https://news.example/feed.xml', source: null }], { fetcher }, ctx);
 */
export async function fetchInto(
  store: Store,
  targets: readonly FetchTarget[],
  options: FetchIntoOptions,
  ctx: RunContext,
): Promise<FetchSummary> {
  const { fetcher, signal } = options;
  const refresh = options.refresh === true;
  const retry = {
    maxAttempts: options.maxAttempts ?? MAX_PAGE_ATTEMPTS,
    giveUpAfterMs: options.giveUpAfterMs ?? GIVE_UP_AFTER_MS,
  };
  const states = new Map((await store.feedStates()).map((s): [string, FeedState] => [s.url, s]));
  // 1-2. Read the targets' listings and choose the pages to fetch (plan-run.ts).
  const plan = await planRun(store, targets, states, {
    fetcher,
    refresh,
    retry,
    now: ctx.now.getTime(),
    ...(options.since === undefined ? {} : { since: options.since }),
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
    ...(options.recheckDays === undefined ? {} : { recheckDays: options.recheckDays }),
    ...(signal === undefined ? {} : { signal }),
  });
  const tally = { ...plan.tally, created: 0, grown: 0 };
  // a feed's item with no link, told on an earlier run, is told as known
  const told = await store.rememberNotes(
    [...new Map(plan.unlinked.map((e) => [noteKey(e), e])).values()],
    ctx.now.toISOString(),
  );
  const unlinked = plan.unlinked.map((e) => (told.has(noteKey(e)) ? { ...e, known: true } : e));
  const { direct, asks } = plan;
  const total = asks.length + direct.length;

  // The listings' new states are saved when the run ends. A listing's new validators only once all
  // it listed was handled, none failing with attempts left: else the next run's conditional GET
  // would hear 304 and never come back to the rest. A run stopped half-way keeps the time of the
  // last complete check too, so a restarted watcher finds the source due and finishes the round.
  const saveStates = async (complete: boolean) => {
    const next = [...plan.readStates.values()].map((s) => {
      const before = states.get(s.url);
      const kept = { etag: before?.etag ?? null, lastModified: before?.lastModified ?? null };
      if (!complete) return { ...s, ...kept, checkedAt: before?.checkedAt ?? null };
      return sink.unfinished.has(s.url) || plan.deferredFrom.has(s.url) ? { ...s, ...kept } : s;
    });
    if (next.length) await store.saveFeedStates(next);
  };

  // 3. Fetch, and store batch by batch (one batch at a time, while fetching goes on).
  const preparer = createPreparer(options.analyze ?? {}, ctx.now, {
    files: total,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    timings: ctx.timings !== undefined,
  });
  const sink = createPageSink(store, preparer, ctx, {
    batchSize: options.batchSize ?? INGEST_BATCH,
    retry,
    onStored: (handled) =>
      options.onProgress?.({
        pages: handled,
        totalPages: total,
        stored: sink.tally.stored,
        failed: sink.tally.failed,
      }),
  });
  try {
    for (const { target, answer } of direct) {
      const key = urlKey(target.url) ?? target.url;
      sink.handle({ url: target.url, key, candidate: null, source: target.source, attempts: 1 }, answer);
    }
    let next = 0;
    const worker = async () => {
      while (next < asks.length && !signal?.aborted) {
        const ask = asks[next++] as PageAsked;
        let answer: FetchResult | FetchError;
        try {
          answer = await fetcher.get(ask.url, { kind: 'page', headers: validators(ask.previous), signal });
        } catch (error) {
          if (signal?.aborted) break;
          answer = error instanceof FetchError ? error : new FetchError('failed', (error as Error).message);
        }
        sink.handle(ask, answer);
      }
    };
    const width = Math.max(1, options.concurrency ?? GLOBAL_CONCURRENCY);
    await Promise.all(Array.from({ length: Math.min(width, asks.length) }, worker));
    await sink.finish();
    await saveStates(!signal?.aborted);
    // 4. Place the new articles into stories, and any that a run stopped before placing them (killed
    // while grouping) left in no story: their pages are handled, so no later run fetches them again.
    // The step settles its window as an ingest's last step does: a watch's polls placed one by one at
    // the join bar and never settled drew one town's events into one story (dev halves in polls of ten,
    // three seeds: ECB+ 0.792 / 0.820 / 0.860 -> 0.937 / 0.934 / 0.956, NeuS 0.793 / 0.814 / 0.783 ->
    // 0.926 / 0.931 / 0.921; bench/eval-store-grouping.ts --step 10, with and without --unsettled).
    const unplaced = await store.earliestUnplaced();
    const days = unplaced ? [...sink.days, Math.floor(Date.parse(unplaced) / DAY_MS)] : sink.days;
    if (days.length) {
      const started = performance.now();
      const grouped = await groupPending(store, days, ctx.now, { settle: true });
      ctx.timings?.set('group', (ctx.timings.get('group') ?? 0) + performance.now() - started);
      tally.created += grouped.created;
      tally.grown += grouped.grown;
    }
  } finally {
    await sink.finish().catch(() => {});
    await preparer.close();
  }
  return {
    ...tally,
    ...sink.tally,
    storiesCreated: tally.created,
    storiesGrown: tally.grown,
    errors: [...plan.listingErrors, ...unlinked, ...sink.errors],
    notes: [...plan.listingNotes, ...sink.notes],
    insertedIds: sink.insertedIds,
  };
}
