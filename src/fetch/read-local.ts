import type { FetchSource } from '../store/fetch-types.ts';
import { type ListedEntry, parseListing } from './listing.ts';
import type { TargetRead } from './read-listing.ts';

/** A listing read from a local file (a URL list or a saved feed): its entries, no state kept. */
export function readLocal(url: string, text: string, source: FetchSource | null): TargetRead {
  const listing = parseListing(text, null, url);
  const failures: { url: string; error: string }[] = [];
  let entries: readonly ListedEntry[] = [];
  if (listing.kind === 'feed' || listing.kind === 'sitemap' || listing.kind === 'urls')
    entries = listing.entries;
  else if (listing.kind === 'sitemap-index') entries = listing.sitemaps.map((s) => ({ url: s.url }));
  else
    failures.push({
      url,
      error: listing.kind === 'page' ? 'a web page, not a list of URLs' : listing.reason,
    });
  // the user's own list: a line it cannot read is told, not passed over in silence
  if (listing.kind === 'urls')
    for (const line of listing.ignored)
      failures.push({ url, error: `not an http(s) URL, left out: ${line.slice(0, 200)}` });
  return {
    candidates: entries.map((entry) => ({ entry, source, feedUrl: null })),
    states: [],
    page: null,
    unchanged: 0,
    failures,
    unlinked: listing.kind === 'feed' ? listing.skipped.map((error) => ({ url, error })) : [],
    undated: listing.kind === 'feed' ? listing.undated.map((note) => ({ url, note })) : [],
  };
}
