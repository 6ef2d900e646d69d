import type { FetchSource } from '../store/fetch-types.ts';

/**
 * Whose article a listed page is. A feed may link another outlet's page (a partner's story, an
 * aggregator's pick): stored under the feed's source, the other outlet's words would be reported as
 * the feed's. A page on a host that only one other followed source's URLs name, and none of its
 * listing source's, is that other source's.
 */

/** The host a URL is known by: host and port, lower case, without a leading "www.". */
function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

const hostsOf = (source: FetchSource): Set<string> =>
  new Set(source.urls.map(hostOf).filter((h): h is string => h !== null));

/**
 * The source of a page `listing` listed, among the followed `sources`.
 * @example
 * pageOwner('https://herald.example/news/a', radio, [radio, herald]) // herald
 */
export function pageOwner(url: string, listing: FetchSource, sources: readonly FetchSource[]): FetchSource {
  const host = hostOf(url);
  if (host === null || hostsOf(listing).has(host)) return listing;
  const key = listing.name.toLowerCase();
  const others = sources.filter((s) => s.name.toLowerCase() !== key && hostsOf(s).has(host));
  // one source may be given twice (the run's and the store's copy of it): counted by name
  const names = new Set(others.map((s) => s.name.toLowerCase()));
  return names.size === 1 ? (others[0] as FetchSource) : listing;
}
