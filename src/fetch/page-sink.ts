import type { RunContext } from '../model/index.ts';
import type { FetchedPage, FetchSource } from '../store/fetch-types.ts';
import type { Preparer } from '../store/ingest/pool.ts';
import { GONE_STATUSES, goneError, goneSince } from '../store/removed-pages.ts';
import type { Store } from '../store/types.ts';
import { FetchError, type FetchResult } from './fetcher.ts';
import { isPageType, type ListedMeta } from './page-input.ts';
import type { Candidate } from './read-listing.ts';
import { givenUp, type RetryPolicy } from './retry.ts';
import { type HandledPage, storePages } from './store-pages.ts';

/**
 * Where a run's fetched pages go: each answer judged (a page, or why not), gathered into batches,
 * and each batch stored while fetching goes on (one batch at a time), with the run's counts.
 */

/** The counts of pages handled so far. */
export interface SinkTally {
  fetched: number;
  stored: number;
  /** Pages fetched again (`refresh`): articles replaced by a changed page, and pages found unchanged (304, or the same article). */
  updated: number;
  pagesUnchanged: number;
  duplicates: number;
  /** Of the duplicates, pages whose article the site's other address gave (see `BatchOutcome.moved`). */
  moved: number;
  noArticle: number;
  /** Pages a listing named that say they are no article (`notAnArticle`), each named in `notes`. */
  notArticle: number;
  disallowed: number;
  failed: number;
}

/** One page as the run asked for it. */
export interface PageAsked {
  readonly url: string;
  readonly key: string;
  /** The listing entry it came from, or null for a page given directly. */
  readonly candidate: Candidate | null;
  readonly source: FetchSource | null;
  /** This attempt's number, over runs. */
  readonly attempts: number;
  /** When it was first attempted, for a page that failed before (how long it has been tried for). */
  readonly firstAt?: string;
  /** The page's record, when it is fetched again though handled before (`refresh`). */
  readonly previous?: Omit<FetchedPage, 'raw'> | null;
}

/** A page sink: `handle` each answer, then `finish` to store the last batch. */
export interface PageSink {
  handle(page: PageAsked, answer: FetchResult | FetchError): void;
  finish(): Promise<void>;
  readonly tally: SinkTally;
  readonly errors: { url: string; error: string; known?: boolean }[];
  /** What is no failure but worth a word: a page found at a new address, a listed page that is no article. */
  readonly notes: { url: string; note: string }[];
  readonly insertedIds: string[];
  /** The days of the stored articles, for the grouping window. */
  readonly days: (number | null)[];
  /** Listings with a page that failed and has attempts left (their validators must not be kept). */
  readonly unfinished: Set<string>;
}

const listedOf = (c: Candidate): ListedMeta => {
  const { url: _url, ...rest } = c.entry;
  return rest;
};

// Why a fetched answer is no page to read, or null.
function unusable(answer: FetchResult): string | null {
  if (answer.status < 200 || answer.status >= 300) return `HTTP ${answer.status}`;
  const type = answer.headers['content-type'] ?? null;
  return isPageType(type, answer.body) ? null : `not a web page (${type})`;
}

/** A sink storing into `store`, `batchSize` pages at a time. */
export function createPageSink(
  store: Store,
  preparer: Preparer,
  ctx: RunContext,
  options: { batchSize: number; retry: RetryPolicy; onStored?: (handled: number) => void },
): PageSink {
  const tally: SinkTally = {
    fetched: 0,
    stored: 0,
    updated: 0,
    pagesUnchanged: 0,
    duplicates: 0,
    moved: 0,
    noArticle: 0,
    notArticle: 0,
    disallowed: 0,
    failed: 0,
  };
  const errors: { url: string; error: string; known?: boolean }[] = [];
  const notes: { url: string; note: string }[] = [];
  const insertedIds: string[] = [];
  const days: (number | null)[] = [];
  const unfinished = new Set<string>();
  let pending: HandledPage[] = [];
  let storing: Promise<void> = Promise.resolve();
  let handled = 0;
  const flush = () => {
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    storing = storing.then(async () => {
      const done = await storePages(store, preparer, batch, ctx);
      for (const outcome of done.outcomes.values()) {
        if (outcome === 'stored') tally.stored++;
        else if (outcome === 'duplicate') tally.duplicates++;
        else if (outcome === 'no-article') tally.noArticle++;
        else if (outcome === 'updated') tally.updated++;
        else if (outcome === 'unchanged') tally.pagesUnchanged++;
        else if (outcome === 'not-article') tally.notArticle++;
      }
      notes.push(...done.leftOut, ...done.undated);
      insertedIds.push(...done.insertedIds);
      tally.moved += done.moved.length;
      notes.push(...done.moved);
      days.push(...done.days);
      handled += batch.length;
      options.onStored?.(handled);
    });
  };
  const add = (page: HandledPage) => {
    pending.push(page);
    if (pending.length >= options.batchSize) flush();
  };
  return {
    handle(page, answer) {
      const c = page.candidate;
      const base = {
        url: page.url,
        urlKey: page.key,
        source: page.source?.name ?? null,
        feedUrl: c?.feedUrl ?? null,
        listed: c ? listedOf(c) : null,
        attempts: page.attempts,
        askArticle: c?.sitemap === true,
      };
      // a failure is recorded at the run's time, which its next attempt's wait is counted against
      const now = ctx.now.toISOString();
      const failed = (error: string) => {
        tally.failed++;
        errors.push({ url: page.url, error });
        const tried = { attempts: page.attempts, firstAt: page.firstAt ?? now, fetchedAt: now };
        if (c?.feedUrl && !givenUp(tried, options.retry)) unfinished.add(c.feedUrl);
      };
      const previous = page.previous ?? null;
      if (previous && !(answer instanceof FetchError) && answer.status === 304) {
        // fetched again and not modified: its article stays as it is; its record says when it was
        // asked (so a page asked again after its publication is not asked at every run), the title
        // its listing now gives it (kept, or the page would be asked again at every run for it), and
        // no more the removal it was recorded with: the page is back
        tally.pagesUnchanged++;
        const retitled =
          c?.entry.title && c.entry.title !== previous.listed?.title && c.feedUrl === previous.feedUrl;
        const back = previous.status >= 400 ? { status: 200, error: null } : {};
        const asked = { ...previous, ...back, fetchedAt: new Date().toISOString(), raw: null };
        const page = retitled && c ? { ...asked, listed: listedOf(c) } : asked;
        storing = storing.then(() => store.savePages([page]));
        return;
      }
      if (answer instanceof FetchError) {
        const outcome = answer.code === 'disallowed' ? 'disallowed' : 'failed';
        if (outcome === 'disallowed') {
          tally.disallowed++;
          // disallowed on an earlier run too (asked again by `refresh`): known, no new failure
          const known = previous?.outcome === 'disallowed';
          errors.push({ url: page.url, error: answer.message, ...(known ? { known } : {}) });
        } else failed(answer.message);
        // a page handled before keeps its record when fetching it again fails
        if (previous) return;
        add({
          ...base,
          finalUrl: null,
          status: answer.status,
          contentType: null,
          body: null,
          failure: { outcome, error: answer.message },
          fetchedAt: now,
        });
        return;
      }
      const problem = unusable(answer);
      // a page read for the first time; one read again is counted as replaced or unchanged, a
      // failure (a 404 too) as failed
      if (!problem && !previous) tally.fetched++;
      // a stored article's page that is now gone (404, 410): the article is kept, and its page's
      // record says since which day it is gone (kept while it stays gone), so that `parallax sources`
      // and the story's reports name it
      const gone = problem && previous?.outcome === 'stored' && GONE_STATUSES.includes(answer.status);
      const error = gone ? goneError(problem, previous.articleId, goneSince(previous), new Date()) : problem;
      if (error) failed(error);
      if (gone) {
        const page = {
          ...previous,
          fetchedAt: new Date().toISOString(),
          status: answer.status,
          error,
          raw: null,
        };
        storing = storing.then(() => store.savePages([page]));
      }
      if (problem && previous) return;
      add({
        ...base,
        finalUrl: answer.finalUrl,
        status: answer.status,
        contentType: answer.headers['content-type'] ?? null,
        body: problem ? null : answer.body,
        failure: problem ? { outcome: 'failed', error: problem } : null,
        ...(problem ? { fetchedAt: now } : {}),
        etag: answer.headers.etag ?? null,
        lastModified: answer.headers['last-modified'] ?? null,
        // fetched again, a page that stored an article replaces it when its extraction changed
        replaces: previous?.outcome === 'stored' ? previous.articleId : null,
      });
    },
    async finish() {
      flush();
      await storing;
    },
    tally,
    errors,
    notes,
    insertedIds,
    days,
    unfinished,
  };
}
