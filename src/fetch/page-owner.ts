import type { FetchSource } from '../store/fetch-types.ts';
import { PLATFORM_HOSTS } from '../text/platform-hosts.ts';

/**
 * Whose article a listed page is. A feed may link another outlet's page (a partner's story, an
 * aggregator's pick): stored under the feed's source, the other outlet's words would be reported as
 * the feed's. A page on a site that only one other followed source's URLs name, and none of its
 * listing source's, is that other source's. A site is a host's registered name (herald.example for
 * feeds.herald.example and www.herald.example): an outlet whose main feed is on a feeds host keeps its
 * pages when a section feed of it is followed on the site's own host.
 */

// second-level names under which a country's sites are registered ("herald.co.uk", not "co.uk")
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'go']);

/** The site a URL is on: its host's registered name (the last two labels, three under "co.uk" and the like or a publishing platform's) and port, lower case. */
function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  const port = parsed.port ? `:${parsed.port}` : '';
  // an address has no registered name: itself
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return `${host}${port}`;
  const labels = host.split('.');
  const under =
    (labels.at(-1)?.length === 2 && SECOND_LEVEL.has(labels.at(-2) ?? '')) ||
    PLATFORM_HOSTS.has(labels.slice(-2).join('.'));
  const n = labels.length >= 3 && under ? 3 : 2;
  return `${labels.slice(-n).join('.')}${port}`;
}

const sitesOf = (source: FetchSource): Set<string> =>
  new Set(source.urls.map(siteOf).filter((h): h is string => h !== null));

/**
 * The source of a page `listing` listed, among the followed `sources`.
 * @example
 * pageOwner('https://herald.example/news/a', radio, [radio, herald]) // herald
 */
export function pageOwner(url: string, listing: FetchSource, sources: readonly FetchSource[]): FetchSource {
  const site = siteOf(url);
  if (site === null || sitesOf(listing).has(site)) return listing;
  const key = listing.name.toLowerCase();
  const others = sources.filter((s) => s.name.toLowerCase() !== key && sitesOf(s).has(site));
  // one source may be given twice (the run's and the store's copy of it): counted by name
  const names = new Set(others.map((s) => s.name.toLowerCase()));
  return names.size === 1 ? (others[0] as FetchSource) : listing;
}
