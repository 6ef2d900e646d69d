import { type FeedState, type FetchSource, readFor } from '../store/fetch-types.ts';
import { decodeBody } from './charset.ts';
import { feedLinks, isHomePage } from './discover.ts';
import { FetchError, type Fetcher, type FetchResult } from './fetcher.ts';
import { type ListedEntry, parseListing } from './listing.ts';
import {
  COMMON_FEED_PATHS,
  MAX_CHILD_SITEMAPS,
  MAX_DISCOVERED_FEEDS,
  MAX_SITEMAP_DEPTH,
} from './patterns.ts';

/**
 * Read one target (a feed, a sitemap or sitemap index, a URL list, a site's home page, or a page
 * given directly) with a conditional GET, into the entries it lists and the new state of each
 * listing read. A home page is read for the feeds it links, else those found at common paths.
 */

/** An entry of a listing, with where it was listed. */
export interface Candidate {
  readonly entry: ListedEntry;
  readonly source: FetchSource | null;
  readonly feedUrl: string | null;
  /**
   * Listed by a sitemap, which names a site's every page (its "About us", its terms) and dates each:
   * its page is asked whether it is an article (`notAnArticle`). A feed's entry is a post by the
   * feed's own word; a list of URLs is the user's.
   */
  readonly sitemap?: boolean;
}

/** What reading a target gave. */
export interface TargetRead {
  readonly candidates: Candidate[];
  /** The new state of each listing read (a sitemap index's children included). */
  readonly states: FeedState[];
  /** The target turned out to be a page: its answer, to be stored without fetching it again. */
  readonly page: FetchResult | null;
  /** Listings that answered 304 Not Modified. */
  readonly unchanged: number;
  readonly failures: { readonly url: string; readonly error: string }[];
  /** Listed items left out for want of an http(s) link, one line each (named, not passed over). */
  readonly unlinked: { readonly url: string; readonly error: string }[];
  /** Listed items whose date reads as no date, one line each (named; no failure). */
  readonly undated: { readonly url: string; readonly note: string }[];
}

/** A listing's new state after an attempt. */
function nextState(
  before: FeedState | undefined,
  url: string,
  source: FetchSource | null,
  attempt: {
    status: number;
    error: string | null;
    etag?: string | null;
    lastModified?: string | null;
    entries?: number;
    /** Refused by this run's own settings (a private address, no http(s)): nothing was asked. */
    refused?: boolean;
  },
): FeedState {
  const now = new Date().toISOString();
  const ok = attempt.error === null;
  if (attempt.refused) {
    // no check: the error is kept for `sources`, and a next start with other settings finds it due
    return {
      ...nextState(before, url, before ? null : source, { ...attempt, refused: false }),
      checkedAt: before?.checkedAt ?? null,
      attempts: before?.attempts ?? 0,
      failures: before?.failures ?? 0,
    };
  }
  return {
    url,
    source: source?.name ?? before?.source ?? null,
    etag: ok && attempt.etag !== undefined ? attempt.etag : (before?.etag ?? null),
    lastModified:
      ok && attempt.lastModified !== undefined ? attempt.lastModified : (before?.lastModified ?? null),
    checkedAt: now,
    okAt: ok ? now : (before?.okAt ?? null),
    status: attempt.status,
    error: attempt.error,
    attempts: (before?.attempts ?? 0) + 1,
    failures: (before?.failures ?? 0) + (ok ? 0 : 1),
    entries: attempt.entries ?? before?.entries ?? 0,
  };
}

/**
 * Read a target URL and, for a sitemap index, its child sitemaps (most recent first, up to
 * `MAX_CHILD_SITEMAPS`, `MAX_SITEMAP_DEPTH` deep). `states` are the stored feed states by URL;
 * `conditional` false reads every listing in full (its validators are not sent).
 */
export async function readTarget(
  fetcher: Fetcher,
  url: string,
  source: FetchSource | null,
  states: ReadonlyMap<string, FeedState>,
  signal?: AbortSignal,
  conditional = true,
): Promise<TargetRead> {
  const out: { -readonly [K in keyof TargetRead]: TargetRead[K] } = {
    candidates: [],
    states: [],
    page: null,
    unchanged: 0,
    failures: [],
    unlinked: [],
    undated: [],
  };
  // a listing at `at`, fetched (or its answer `given`, when a probe fetched it already)
  const visit = async (at: string, depth: number, given?: FetchResult): Promise<void> => {
    const before = states.get(at);
    // a listing read before for no source or another is read in full for a source that names it: the
    // pages it lists must be seen to be counted for the source (plan-run.ts adopts those without one)
    const same = !source || readFor(before, source);
    const headers: Record<string, string> = {};
    if (conditional && same && before?.etag) headers['if-none-match'] = before.etag;
    if (conditional && same && before?.lastModified) headers['if-modified-since'] = before.lastModified;
    const fail = (status: number, error: string, refused = false) => {
      out.failures.push({ url: at, error });
      out.states.push(nextState(before, at, source, { status, error, refused }));
    };
    let answer: FetchResult;
    try {
      answer = given ?? (await fetcher.get(at, { kind: 'listing', headers, signal }));
    } catch (error) {
      if (signal?.aborted) throw error;
      const refused = error instanceof FetchError && error.code === 'blocked';
      return fail(error instanceof FetchError ? error.status : 0, (error as Error).message, refused);
    }
    if (answer.status === 304) {
      out.unchanged++;
      out.states.push(nextState(before, at, source, { status: 304, error: null }));
      return;
    }
    if (answer.status < 200 || answer.status >= 300) return fail(answer.status, `HTTP ${answer.status}`);
    const contentType = answer.headers['content-type'] ?? null;
    const listing = parseListing(decodeBody(answer.body, contentType).text, contentType, answer.finalUrl);
    if (listing.kind === 'page') {
      // a home page: the URL as given (`/` may redirect to `/en/`), or the one that answered
      if (depth === 0 && (isHomePage(at) || isHomePage(answer.finalUrl))) {
        const feeds = await discover(answer, contentType);
        if (!feeds)
          return fail(
            answer.status,
            `a home page that links no feed, and none found at ${COMMON_FEED_PATHS.join(', ')}`,
          );
        // no validators kept: the home page is read in full each time, for the feeds it links
        out.states.push(
          nextState(before, at, source, {
            status: answer.status,
            error: null,
            etag: null,
            lastModified: null,
            entries: feeds,
          }),
        );
        return;
      }
      // a page given directly was asked as a listing, under the larger listing cap
      if (depth === 0 && answer.body.length > fetcher.limits.page)
        fail(answer.status, `over the ${fetcher.limits.page}-byte limit of a page`);
      else if (depth === 0) out.page = answer;
      else fail(answer.status, 'a web page where a feed or sitemap was expected');
      return;
    }
    if (listing.kind === 'unknown') return fail(answer.status, listing.reason);
    const validators = {
      etag: answer.headers.etag ?? null,
      lastModified: answer.headers['last-modified'] ?? null,
    };
    if (listing.kind === 'sitemap-index') {
      out.states.push(
        nextState(before, at, source, {
          status: answer.status,
          error: null,
          ...validators,
          entries: listing.sitemaps.length,
        }),
      );
      if (depth >= MAX_SITEMAP_DEPTH) return;
      const children = [...listing.sitemaps]
        .sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? ''))
        .slice(0, MAX_CHILD_SITEMAPS);
      for (const child of children) await visit(child.url, depth + 1);
      return;
    }
    out.states.push(
      nextState(before, at, source, {
        status: answer.status,
        error: null,
        ...validators,
        entries: listing.entries.length,
      }),
    );
    const sitemap = listing.kind === 'sitemap';
    for (const entry of listing.entries) out.candidates.push({ entry, source, feedUrl: at, sitemap });
    if (listing.kind === 'feed') {
      for (const error of listing.skipped) out.unlinked.push({ url: at, error });
      for (const note of listing.undated) out.undated.push({ url: at, note });
    }
  };
  // a home page's feeds, read as listings: those it links, else the first found at a common path
  // that robots.txt allows (a disallowed path is never asked); returns how many were read
  const discover = async (page: FetchResult, contentType: string | null): Promise<number> => {
    const linked = feedLinks(decodeBody(page.body, contentType).text, page.finalUrl);
    for (const feed of linked.slice(0, MAX_DISCOVERED_FEEDS)) await visit(feed, 1);
    if (linked.length) return Math.min(linked.length, MAX_DISCOVERED_FEEDS);
    const origin = new URL(page.finalUrl).origin;
    const rules = await fetcher.robots(page.finalUrl, signal);
    for (const path of COMMON_FEED_PATHS) {
      const at = `${origin}${path}`;
      if (!rules.isAllowed(at)) continue;
      let probe: FetchResult;
      try {
        probe = await fetcher.get(at, { kind: 'listing', signal });
      } catch (error) {
        if (signal?.aborted) throw error;
        continue;
      }
      if (probe.status < 200 || probe.status >= 300) continue;
      const type = probe.headers['content-type'] ?? null;
      const kind = parseListing(decodeBody(probe.body, type).text, type, probe.finalUrl).kind;
      if (kind !== 'feed' && kind !== 'sitemap' && kind !== 'sitemap-index') continue;
      await visit(at, 1, probe);
      return 1;
    }
    return 0;
  };
  await visit(url, 0);
  return out;
}
