import type { RunContext } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import type { FeedState, FetchedPage, FetchSource } from '../store/fetch-types.ts';
import { groupPending } from '../store/ingest/index.ts';
import { createPreparer } from '../store/ingest/pool.ts';
import { urlKey } from '../store/keys.ts';
import type { Store } from '../store/types.ts';
import { FetchError, type Fetcher, type FetchResult } from './fetcher.ts';
import { createPageSink, type PageAsked } from './page-sink.ts';
import { GLOBAL_CONCURRENCY, INGEST_BATCH, KNOWN_SLICE, MAX_PAGE_ATTEMPTS } from './patterns.ts';
import { type Candidate, readLocal, readTarget } from './read-listing.ts';

/**
 * A fetch run: read the targets (feeds, sitemaps, URL lists, pages), leave out the pages the store
 * has handled, fetch the rest politely (many hosts at once, each host through its gate), and store
 * them batch by batch, placing new articles into stories as `ingest` does.
 */

/** The conditional-GET headers of a page handled before: its validators sent back. */
function validators(previous: Omit<FetchedPage, 'raw'> | null | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  return headers;
}

/** One thing to read: a feed, sitemap, URL list or page, and the source it belongs to. */
export interface FetchTarget {
  readonly url: string;
  readonly source: FetchSource | null;
  /** The listing's text, when read from a local file (`url` is then its file: URL). */
  readonly text?: string;
}

/** Options of a fetch run. */
export interface FetchIntoOptions {
  readonly fetcher: Fetcher;
  /** The per-article stages' options (the outlet table for a later report, clean options). */
  readonly analyze?: AnalyzeOptions;
  /** Pages fetched at once over all hosts (each host still gets at most its gate's share). */
  readonly concurrency?: number;
  /** Attempts, over runs, at a page that failed, before it is left alone. */
  readonly maxAttempts?: number;
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

/** What a run did. */
export interface FetchSummary {
  readonly listings: number;
  readonly unchanged: number;
  readonly listed: number;
  /** Pages left out because the store has handled them. */
  readonly known: number;
  /** Pages left out as dated before `since`, and left for the next run past `maxPages`. */
  readonly older: number;
  readonly deferred: number;
  readonly fetched: number;
  readonly stored: number;
  /** Pages fetched again (`refresh`): articles replaced as their page changed, and pages found unchanged. */
  readonly updated: number;
  readonly pagesUnchanged: number;
  readonly duplicates: number;
  readonly noArticle: number;
  readonly disallowed: number;
  readonly failed: number;
  readonly storiesCreated: number;
  readonly storiesGrown: number;
  /** What went wrong, one line per listing or page. */
  readonly errors: readonly { readonly url: string; readonly error: string }[];
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
  const maxAttempts = options.maxAttempts ?? MAX_PAGE_ATTEMPTS;
  const tally = {
    listings: 0,
    unchanged: 0,
    listed: 0,
    known: 0,
    older: 0,
    deferred: 0,
    created: 0,
    grown: 0,
  };
  const deferredFrom = new Set<string>();
  const listingErrors: { url: string; error: string }[] = [];
  const states = new Map((await store.feedStates()).map((s): [string, FeedState] => [s.url, s]));

  // The listings' new states are saved when the run ends. A listing's new validators only once all
  // it listed was handled, none failing with attempts left: else the next run's conditional GET
  // would hear 304 and never come back to the rest. A run stopped half-way keeps the time of the
  // last complete check too, so a restarted watcher finds the source due and finishes the round.
  const readStates = new Map<string, FeedState>();
  const saveStates = async (complete: boolean) => {
    const next = [...readStates.values()].map((s) => {
      const before = states.get(s.url);
      const kept = { etag: before?.etag ?? null, lastModified: before?.lastModified ?? null };
      if (!complete) return { ...s, ...kept, checkedAt: before?.checkedAt ?? null };
      return sink.unfinished.has(s.url) || deferredFrom.has(s.url) ? { ...s, ...kept } : s;
    });
    if (next.length) await store.saveFeedStates(next);
  };

  // 1. The targets' listings, read one target at a time (their hosts' gates pace them).
  const candidates: Candidate[] = [];
  const direct: { target: FetchTarget; answer: FetchResult }[] = [];
  // pages given directly and handled before: fetched again, conditionally, with `refresh`
  const again: { target: FetchTarget; previous: Omit<FetchedPage, 'raw'> }[] = [];
  const directKnown = await store.knownPages(targets.map((t) => urlKey(t.url) ?? t.url));
  for (const target of targets) {
    if (signal?.aborted) break;
    const known = directKnown.get(urlKey(target.url) ?? target.url);
    if (known && known.outcome !== 'failed') {
      if (refresh && target.text === undefined) again.push({ target, previous: known });
      else tally.known++;
      continue;
    }
    let read: Awaited<ReturnType<typeof readTarget>>;
    try {
      read =
        target.text === undefined
          ? await readTarget(fetcher, target.url, target.source, states, signal, !refresh)
          : readLocal(target.url, target.text, target.source);
    } catch (error) {
      // stopped while reading the listings: nothing to store yet
      if (signal?.aborted) break;
      throw error;
    }
    for (const s of read.states) readStates.set(s.url, s);
    tally.listings += read.states.length;
    tally.unchanged += read.unchanged;
    listingErrors.push(...read.failures);
    candidates.push(...read.candidates);
    if (read.page) direct.push({ target, answer: read.page });
  }
  tally.listed = candidates.length;

  // 2. One candidate per URL key, and only those the store has not handled (or that failed before).
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = urlKey(c.entry.url);
    if (key && !byKey.has(key)) byKey.set(key, c);
  }
  // asked in slices: a sitemap index may list millions of URLs
  const keys = [...byKey.keys()];
  const known = new Map<string, Omit<FetchedPage, 'raw'>>();
  for (let at = 0; at < keys.length; at += KNOWN_SLICE)
    for (const [key, page] of await store.knownPages(keys.slice(at, at + KNOWN_SLICE))) known.set(key, page);
  const attemptsOf = new Map<string, number>();
  const previousOf = new Map<string, Omit<FetchedPage, 'raw'>>();
  const queue: [string, Candidate][] = [];
  const since = options.since === undefined ? null : Date.parse(options.since);
  for (const [key, c] of byKey) {
    const before = known.get(key);
    const handled = before !== undefined && before.outcome !== 'failed';
    if (before && !(refresh && handled) && (handled || before.attempts >= maxAttempts)) {
      tally.known++;
      continue;
    }
    const dated = c.entry.publishedAt ? Date.parse(c.entry.publishedAt) : Number.NaN;
    if (since !== null && dated < since) {
      tally.older++;
      continue;
    }
    if (queue.length >= (options.maxPages ?? Number.POSITIVE_INFINITY)) {
      tally.deferred++;
      // the listing's validators must not be kept, or the next run would not see these again
      if (c.feedUrl) deferredFrom.add(c.feedUrl);
      continue;
    }
    if (before && handled) previousOf.set(key, before);
    attemptsOf.set(key, handled ? before.attempts : (before?.attempts ?? 0) + 1);
    queue.push([key, c]);
  }
  const total = queue.length + direct.length + again.length;

  // 3. Fetch, and store batch by batch (one batch at a time, while fetching goes on).
  const preparer = createPreparer(options.analyze ?? {}, ctx.now, {
    files: total,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    timings: ctx.timings !== undefined,
  });
  const sink = createPageSink(store, preparer, ctx, {
    batchSize: options.batchSize ?? INGEST_BATCH,
    maxAttempts,
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
    // every page to fetch: the listed ones, then those given directly that are fetched again
    const asks: PageAsked[] = [
      ...queue.map(
        ([key, c]): PageAsked => ({
          url: c.entry.url,
          key,
          candidate: c,
          source: c.source,
          attempts: attemptsOf.get(key) ?? 1,
          previous: previousOf.get(key) ?? null,
        }),
      ),
      ...again.map(
        ({ target, previous }): PageAsked => ({
          url: target.url,
          key: previous.urlKey,
          candidate: null,
          source: target.source,
          attempts: previous.attempts,
          previous,
        }),
      ),
    ];
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
    // 4. Place the new articles into stories.
    if (sink.days.length) {
      const started = performance.now();
      const grouped = await groupPending(store, sink.days, ctx.now);
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
    errors: [...listingErrors, ...sink.errors],
    insertedIds: sink.insertedIds,
  };
}
