/**
 * The fetcher's tunables, named in one place: timeouts, sizes, politeness and retries.
 */

/** Time to open a connection (TCP and TLS), in ms. */
export const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Longest a request may take in all (headers and body), in ms: a server that hangs or drips its body
 * costs at most this much.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Timeouts in a row after which a host is taken for hung and its other requests skipped. */
export const HUNG_AFTER_TIMEOUTS = 2;

/** How long a hung host is skipped, in ms (its pages are tried again by a later run). */
export const HUNG_PAUSE_MS = 10 * 60_000;

/** Largest page accepted, in bytes, both as sent and once decompressed. */
export const MAX_PAGE_BYTES = 5_000_000;

/** Largest feed, sitemap or URL list accepted, in bytes (a sitemap may list 50,000 URLs). */
export const MAX_LISTING_BYTES = 50_000_000;

/** Redirects followed for one request before giving up. */
export const MAX_REDIRECTS = 5;

/** Requests in flight at once to one host (1-2 is what publishers tolerate from a crawler). */
export const HOST_CONCURRENCY = 2;

/** Least time between the starts of two requests to one host, in ms. */
export const HOST_DELAY_MS = 1_000;

/** Longest `Crawl-delay` of a robots.txt that is honoured, in ms (a longer one counts as this). */
export const MAX_CRAWL_DELAY_MS = 60_000;

/** How long a robots.txt is trusted before it is read again, in ms (RFC 9309: at most 24 hours). */
export const ROBOTS_TTL_MS = 24 * 3_600_000;

/** Pages fetched at once over all hosts. */
export const GLOBAL_CONCURRENCY = 8;

/** Retries of a request answered 429 or 5xx, or not answered at all. */
export const RETRIES = 3;

/** First backoff before a retry, in ms; each later one doubles (with jitter). */
export const BACKOFF_MS = 1_000;

/** Longest `Retry-After` waited for, in ms: a server asking for more is given up on for this run. */
export const MAX_RETRY_AFTER_MS = 120_000;

/**
 * Attempts, over runs, at a page that failed, before it is left alone, once the last of them came at
 * least GIVE_UP_AFTER_MS after the first (see retry.ts).
 */
export const MAX_PAGE_ATTEMPTS = 3;

/**
 * How long a failed page is tried for at least before it is given up on: a site down for an hour at
 * night loses nothing to a watch that polls every few minutes.
 */
export const GIVE_UP_AFTER_MS = 6 * 3_600_000;

/**
 * How long a failed page waits before it is asked again: RETRY_AFTER_MS after its first failure,
 * doubling after each later one (10, 20, 40, 80 min …), at most RETRY_AFTER_MAX_MS: a frequent watch
 * asks a dead page a few times an hour at first, then every few hours.
 */
export const RETRY_AFTER_MS = 10 * 60_000;
export const RETRY_AFTER_MAX_MS = 3 * 3_600_000;

/**
 * When a stored article's page is asked again (conditionally: unchanged, a 304) after it was
 * published, though its listing says nothing of a change: corrections and updates come in an
 * article's first days, and most feeds (RSS) give no update time. Each step once, the last it
 * passed, if the page was not fetched since; `--refresh` asks every page at every run.
 */
export const RECHECK_AFTER_MS: readonly number[] = [3_600_000, 6 * 3_600_000, 86_400_000, 3 * 86_400_000];

/** Sitemap indexes followed this deep (an index of indexes of sitemaps). */
export const MAX_SITEMAP_DEPTH = 2;

/** Child sitemaps of one index that are read (the most recent first when they are dated). */
export const MAX_CHILD_SITEMAPS = 50;

/** URL keys looked up in the store at once. */
export const KNOWN_SLICE = 5_000;

/** Pages stored and placed into stories per batch. */
export const INGEST_BATCH = 32;

/** How often `watch` polls a source that names no interval, in ms. */
export const DEFAULT_EVERY_MS = 15 * 60_000;

/** Shortest poll interval accepted, in ms. */
export const MIN_EVERY_MS = 60_000;

/** Days over which `parallax sources` counts pages, errors and articles per day. */
export const HEALTH_DAYS = 7;

/** Redirect statuses that carry a Location to follow. */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Statuses worth a retry: too many requests, and the server's own errors. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** What a page request accepts. */
export const ACCEPT_PAGE = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

/** What a feed or sitemap request accepts. */
export const ACCEPT_LISTING =
  'application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1';

/** The `type` of a `<link rel="alternate">` that names a feed. */
export const FEED_LINK_TYPES: ReadonlySet<string> = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
]);

/** Feeds of one home page read at most. */
export const MAX_DISCOVERED_FEEDS = 10;

/**
 * Where sites commonly keep a feed, tried in order (each only if robots.txt allows it) on a home page
 * that links none; the first that answers a feed or sitemap is read.
 */
export const COMMON_FEED_PATHS: readonly string[] = [
  '/feed',
  '/rss.xml',
  '/feed.xml',
  '/atom.xml',
  '/rss',
  '/index.xml',
  '/feed.json',
  '/news-sitemap.xml',
];
