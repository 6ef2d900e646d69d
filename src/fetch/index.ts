/**
 * Fetching the news where it is published: feeds, sitemaps, URL lists and pages, fetched politely
 * (fetcher.ts), stored once (run.ts), polled over time (watch.ts), with per-source health
 * (health.ts) and re-extraction of the kept raw pages (reextract.ts).
 */
export { createFetcher, FetchError, type Fetcher, type FetcherOptions, type FetchResult } from './fetcher.ts';
export { type SourceHealth, storeHealth } from './health.ts';
export { type ListedEntry, type Listing, parseListing } from './listing.ts';
export { type ReextractSummary, reextract } from './reextract.ts';
export {
  type FetchIntoOptions,
  type FetchProgress,
  type FetchSummary,
  type FetchTarget,
  fetchInto,
} from './run.ts';
export { parseDuration, parseSources, sourceOutlets } from './sources.ts';
export { defaultUserAgent } from './user-agent.ts';
export { type WatchOptions, watchSources } from './watch.ts';
