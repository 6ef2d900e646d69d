/**
 * What the fetcher (src/fetch/) keeps in the store: the sources a user follows, the state of each
 * feed or sitemap (for conditional GET and polling), and each page fetched (its outcome and its raw
 * bytes, compressed, so a later extractor can read it again without fetching). Both backends hold it
 * beside the articles, and the contract suite (test/store/contract-fetch.ts) pins its behaviour.
 */

/** A followed source: an outlet and the feeds, sitemaps or URL lists it is read from. */
export interface FetchSource {
  /** The outlet's name, as its articles are stored under (unique, case-insensitive). */
  readonly name: string;
  /** Feed, sitemap or URL-list addresses. */
  readonly urls: readonly string[];
  readonly leaning: string | null;
  readonly owner: string | null;
  /** How often its feeds are polled, in milliseconds (null: the watcher's default). */
  readonly everyMs: number | null;
}

/** The state of one feed, sitemap or URL list: when it was read, how, and what it answered. */
export interface FeedState {
  readonly url: string;
  /** The source it belongs to (null for a URL fetched alone). */
  readonly source: string | null;
  /** Validators of the last full answer, sent back as If-None-Match / If-Modified-Since. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO time of the last attempt, and of the last success (200 or 304). */
  readonly checkedAt: string | null;
  readonly okAt: string | null;
  /** HTTP status of the last attempt, or 0 when no answer came (network error, timeout, robots). */
  readonly status: number;
  /** Why the last attempt failed, or null. */
  readonly error: string | null;
  /** Attempts and failed attempts so far. */
  readonly attempts: number;
  readonly failures: number;
  /** Entries the last full answer listed. */
  readonly entries: number;
}

/**
 * Whether a feed's state was last read for `source` (a source's name is case-insensitive): one read
 * for no source or another tells nothing of when the source was polled, nor what it was shown.
 * @example
 * readFor({ ...state, source: 'harbour post' }, { ...source, name: 'Harbour Post' }) // true
 */
export const readFor = (state: FeedState | undefined, source: FetchSource): state is FeedState =>
  state?.source?.toLowerCase() === source.name.toLowerCase();

/** What became of a fetched page. */
export type PageOutcome =
  | 'stored' // extracted and stored as a new article
  | 'duplicate' // extracted, and the store already had the article (same URL or text)
  | 'no-article' // fetched, but no article text was found in it
  | 'disallowed' // robots.txt forbids it: never requested
  | 'failed'; // no usable answer (HTTP error, timeout, too large, not HTML)

/** One page the fetcher handled, keyed by its normalised URL (see `urlKey`). */
export interface FetchedPage {
  readonly urlKey: string;
  /** The URL as listed, and the one that answered after redirects. */
  readonly url: string;
  readonly finalUrl: string | null;
  readonly source: string | null;
  /** The feed or sitemap that listed it, or null when given directly. */
  readonly feedUrl: string | null;
  /** ISO time of the last attempt. */
  readonly fetchedAt: string;
  /**
   * ISO time of its first attempt (how long a failed page has been tried for: fetch/retry.ts): kept
   * from the page's first save, which takes it from here, else from `fetchedAt`.
   */
  readonly firstAt?: string;
  /** HTTP status, or 0 when no answer came. */
  readonly status: number;
  readonly outcome: PageOutcome;
  readonly error: string | null;
  /** Attempts so far (a failed page is tried again a few times, on later runs). */
  readonly attempts: number;
  /** The stored article it became (or duplicates), or null. */
  readonly articleId: string | null;
  readonly contentType: string | null;
  /** Validators of the last full answer, sent back as If-None-Match / If-Modified-Since when it is fetched again. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  /**
   * What the feed said of it (title, date, author, outlet), kept so a re-extraction fills the same
   * gaps; JSON-ready.
   */
  readonly listed: Readonly<Record<string, string>> | null;
  /** The page's bytes as received (decompressed from the transfer), gzip-compressed; null when none. */
  readonly raw: Uint8Array | null;
}

/** Per-source counts of pages since a time, for `parallax sources`. */
export interface PageCounts {
  readonly source: string | null;
  /**
   * Pages attempted, failed (no usable answer, or a stored article's page answering 404 or 410 since:
   * its status says so), and stored as new articles since the time asked.
   */
  readonly attempts: number;
  readonly failures: number;
  readonly stored: number;
  /** ISO time of the first page attempt ever, and of the last new article (when its page was first stored). */
  readonly firstAt: string | null;
  readonly lastStoredAt: string | null;
  /** Its latest failed page since the time asked (a page stands failed until fetched again); null when none. */
  readonly lastFailure: PageFailure | null;
}

/** A failed page as `parallax sources` names it: its URL, its error (null when none was recorded), when. */
export interface PageFailure {
  readonly url: string;
  readonly error: string | null;
  readonly at: string;
}

/** A source's pages given up on: failed at every one of their attempts (`givenUpPages`). */
export interface GivenUpPages {
  readonly source: string | null;
  /** How many, and the latest of them (latest first, at most the limit asked). */
  readonly count: number;
  readonly latest: readonly (PageFailure & { readonly attempts: number })[];
}

/** The pages set aside per source (`setAsidePages`): given up on, and left out as no article. */
export interface SetAsidePages {
  readonly givenUp: GivenUpPages[];
  readonly leftOut: GivenUpPages[];
}

/** The store's methods for fetch state. Every write is one transaction. */
export interface FetchStateStore {
  /** Add or replace sources by name (case-insensitive); others are left alone. */
  saveSources(sources: readonly FetchSource[]): Promise<void>;
  /** Every source, by name. */
  fetchSources(): Promise<FetchSource[]>;
  /** Add or replace the state of feeds, by URL. */
  saveFeedStates(states: readonly FeedState[]): Promise<void>;
  /** The state of every feed, by URL. */
  feedStates(): Promise<FeedState[]>;
  /** Add or replace pages, by URL key (an empty `raw` in the update keeps the stored bytes). */
  savePages(pages: readonly FetchedPage[]): Promise<void>;
  /** The pages of these URL keys that are known, without their raw bytes. */
  knownPages(urlKeys: readonly string[]): Promise<Map<string, Omit<FetchedPage, 'raw'>>>;
  /**
   * Of these listing problems that never change by themselves (a feed's item with no http(s) link),
   * the ones an earlier call remembered (`noteKey` of each); all are remembered from now on, each with
   * the time it was first told (`at`, ISO).
   */
  rememberNotes(notes: readonly ListingNote[], at: string): Promise<Set<string>>;
  /** Every page that kept raw bytes, with them, in the order first fetched (streamed). */
  rawPages(): AsyncIterable<FetchedPage>;
  /**
   * Page counts per source since `since` (ISO): attempts by their time; new articles by the time their
   * page was first stored (a page fetched again is not counted again).
   */
  pageCounts(since: string): Promise<PageCounts[]>;
  /**
   * Per source, the pages set aside, in one read of the pages: those given up on, that failed and
   * were tried `givenUp.attempts` times or more, the last at least `givenUp.afterMs` after the first
   * (a run leaves them alone since: fetch/retry.ts), and those recorded as no article whose error
   * begins with `reason` (a sitemap's page left out as no article: fetch/article-page.ts); of each,
   * their count and the `limit` latest, latest first.
   */
  setAsidePages(
    givenUp: { readonly attempts: number; readonly afterMs: number },
    reason: string,
    limit: number,
  ): Promise<SetAsidePages>;
}

/** A problem a listing has: its URL and what is said of it. */
export interface ListingNote {
  readonly url: string;
  readonly error: string;
}

/** The key `rememberNotes` answers a note by. */
export const noteKey = (note: ListingNote): string => `${note.url}\n${note.error}`;
