import type { FeedState, FetchedPage, FetchSource } from '../store/fetch-types.ts';
import { urlKey } from '../store/keys.ts';
import type { Store } from '../store/types.ts';
import { NOT_AN_ARTICLE } from './article-page.ts';
import type { Fetcher, FetchResult } from './fetcher.ts';
import { ownTargets } from './own-source.ts';
import { pageOwner } from './page-owner.ts';
import type { PageAsked } from './page-sink.ts';
import { KNOWN_SLICE } from './patterns.ts';
import { type Candidate, readTarget } from './read-listing.ts';
import { readLocal } from './read-local.ts';
import { recentlyPublished, recheckDue, recheckFrom } from './recheck.ts';
import { givenUp, type RetryPolicy, retryDue } from './retry.ts';
import { updatedSince } from './updated-since.ts';

/**
 * The first steps of a fetch run (run.ts): read the targets' listings, then choose the pages to
 * fetch, leaving out those the store has handled, those dated too early and those past the cap.
 */

/** One thing to read: a feed, sitemap, URL list or page, and the source it belongs to. */
export interface FetchTarget {
  readonly url: string;
  readonly source: FetchSource | null;
  /** The listing's text, when read from a local file (`url` is then its file: URL). */
  readonly text?: string;
}

/** What the plan reads of a run's options. */
export interface PlanOptions {
  readonly fetcher: Fetcher;
  readonly refresh: boolean;
  /** When a page that failed is asked again, and given up on (retry.ts). */
  readonly retry: RetryPolicy;
  readonly since?: string;
  readonly maxPages?: number;
  readonly signal?: AbortSignal;
  /** The run's time (its context's `now`, in ms): a feed entry updated after it, less a server's skew, is no update. */
  readonly now: number;
  /** Ask again, conditionally, every stored page published in the last this many days (listings read in full). */
  readonly recheckDays?: number;
}

/** A page record without its raw body. */
type PageRecord = Omit<FetchedPage, 'raw'>;

/** What a run will fetch, and what it left out. */
export interface RunPlan {
  /**
   * Listings read (and found unchanged), listings not read (refused or failed), pages listed, feed
   * items left out for want of an http(s) link, and pages left out: known, older, deferred, and
   * failed pages waiting to be asked again (`retryDue`).
   */
  readonly tally: {
    listings: number;
    unread: number;
    unchanged: number;
    listed: number;
    unlinked: number;
    known: number;
    older: number;
    deferred: number;
    waiting: number;
  };
  /** Pages given directly, already fetched while reading the targets. */
  readonly direct: readonly { readonly target: FetchTarget; readonly answer: FetchResult }[];
  /** Every page to fetch: the listed ones, then those given directly that are fetched again. */
  readonly asks: readonly PageAsked[];
  /** The listings' new states, saved when the run ends. */
  readonly readStates: ReadonlyMap<string, FeedState>;
  /** Listings with pages left for the next run (their validators must not be kept). */
  readonly deferredFrom: ReadonlySet<string>;
  /** What went wrong reading the listings, one line each. */
  readonly listingErrors: readonly { readonly url: string; readonly error: string }[];
  /** The listings' items left out for want of an http(s) link, one line each. */
  readonly unlinked: readonly { readonly url: string; readonly error: string }[];
  /** What is no failure of the listings but worth a word (an item's unreadable date), one line each. */
  readonly listingNotes: readonly { readonly url: string; readonly note: string }[];
}

/** The conditional-GET headers of a page handled before: its validators sent back. */
export function validators(previous: PageRecord | null | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  return headers;
}

/** Read the targets and choose the pages to fetch. */
export async function planRun(
  store: Store,
  given: readonly FetchTarget[],
  states: ReadonlyMap<string, FeedState>,
  options: PlanOptions,
): Promise<RunPlan> {
  const { fetcher, signal, refresh, retry } = options;
  const sources = await store.fetchSources();
  const targets = ownTargets(given, sources);
  const tally = {
    listings: 0,
    unread: 0,
    unchanged: 0,
    listed: 0,
    unlinked: 0,
    known: 0,
    older: 0,
    deferred: 0,
    waiting: 0,
  };
  const deferredFrom = new Set<string>();
  const listingErrors: { url: string; error: string }[] = [];
  const unlinked: { url: string; error: string }[] = [];
  const listingNotes: { url: string; note: string }[] = [];
  const readStates = new Map<string, FeedState>();

  // 1. The targets' listings, read one target at a time (their hosts' gates pace them).
  const candidates: Candidate[] = [];
  const direct: { target: FetchTarget; answer: FetchResult }[] = [];
  // pages given directly and handled before: fetched again, conditionally, with `refresh`
  const again: { target: FetchTarget; previous: PageRecord }[] = [];
  const directKnown = await store.knownPages(targets.map((t) => urlKey(t.url) ?? t.url));
  for (const target of targets) {
    if (signal?.aborted) break;
    const known = directKnown.get(urlKey(target.url) ?? target.url);
    // a page a listing named and left out as no article is taken when the user names it herself
    const leftOut = known?.outcome === 'no-article' && known.error?.startsWith(NOT_AN_ARTICLE) === true;
    if (known && known.outcome !== 'failed' && !leftOut) {
      if (refresh && target.text === undefined) again.push({ target, previous: known });
      else tally.known++;
      continue;
    }
    let read: Awaited<ReturnType<typeof readTarget>>;
    try {
      read =
        target.text === undefined
          ? await readTarget(
              fetcher,
              target.url,
              target.source,
              states,
              signal,
              !(refresh || options.recheckDays),
            )
          : readLocal(target.url, target.text, target.source);
    } catch (error) {
      // stopped while reading the listings: nothing to store yet
      if (signal?.aborted) break;
      throw error;
    }
    for (const s of read.states) readStates.set(s.url, s);
    // a listing refused (a private address) or that failed was not read: counted apart
    const unread = read.states.filter((s) => s.error !== null).length;
    tally.listings += read.states.length - unread;
    tally.unread += unread;
    tally.unchanged += read.unchanged;
    listingErrors.push(...read.failures);
    unlinked.push(...read.unlinked);
    listingNotes.push(...read.undated);
    tally.unlinked += read.unlinked.length;
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
  const known = new Map<string, PageRecord>();
  for (let at = 0; at < keys.length; at += KNOWN_SLICE)
    for (const [key, page] of await store.knownPages(keys.slice(at, at + KNOWN_SLICE))) known.set(key, page);
  const asks: PageAsked[] = [];
  const adopted: FetchedPage[] = [];
  const since = options.since === undefined ? null : Date.parse(options.since);
  // the followed sources, whose hosts say whose article a page of another outlet's feed is
  const followed = [...targets.flatMap((t) => (t.source ? [t.source] : [])), ...sources];
  const sourceNamed = (name: string | null | undefined) => followed.find((s) => s.name === name) ?? null;
  for (const [key, c] of byKey) {
    const before = known.get(key);
    // a page read for no source keeps the source it was stored for
    const source = c.source ? pageOwner(c.entry.url, c.source, followed) : sourceNamed(before?.source);
    // a page fetched for no source (a feed fetched alone) that a source's listing names is that source's
    if (before && before.source === null && source)
      adopted.push({ ...before, source: source.name, raw: null });
    const handled = before !== undefined && before.outcome !== 'failed';
    const announced =
      handled &&
      !refresh &&
      (updatedSince(c, before, states, options.now) ||
        recentlyPublished(
          c.entry.publishedAt ?? before.listed?.publishedAt,
          before,
          options.now,
          options.recheckDays,
        ) ||
        recheckDue(
          await recheckFrom(c.entry.publishedAt ?? before.listed?.publishedAt, before, store, options.now),
          before,
          options.now,
        ));
    if (before && !(refresh && handled) && !announced && (handled || givenUp(before, retry))) {
      tally.known++;
      continue;
    }
    // a failed page waits longer after each failure; its listing's validators are not kept meanwhile
    if (before && !handled && !retryDue(before, options.now)) {
      tally.waiting++;
      if (c.feedUrl) deferredFrom.add(c.feedUrl);
      continue;
    }
    const dated = c.entry.publishedAt ? Date.parse(c.entry.publishedAt) : Number.NaN;
    if (since !== null && dated < since) {
      tally.older++;
      continue;
    }
    if (asks.length >= (options.maxPages ?? Number.POSITIVE_INFINITY)) {
      tally.deferred++;
      // the listing's validators must not be kept, or the next run would not see these again
      if (c.feedUrl) deferredFrom.add(c.feedUrl);
      continue;
    }
    asks.push({
      url: c.entry.url,
      key,
      candidate: c,
      source,
      attempts: handled ? before.attempts : (before?.attempts ?? 0) + 1,
      ...(before && !handled && before.firstAt ? { firstAt: before.firstAt } : {}),
      previous: before && handled ? before : null,
    });
  }
  // their records keep all but the source (`raw: null` keeps the stored bytes)
  if (adopted.length) await store.savePages(adopted);
  for (const { target, previous } of again)
    asks.push({
      url: target.url,
      key: previous.urlKey,
      candidate: null,
      source: target.source ?? sourceNamed(previous.source),
      attempts: previous.attempts,
      previous,
    });
  return { tally, direct, asks, readStates, deferredFrom, listingErrors, unlinked, listingNotes };
}
