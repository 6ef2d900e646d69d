import type { FeedState, FetchedPage } from '../store/fetch-types.ts';
import type { Candidate } from './read-listing.ts';

/** A page record without its raw body. */
type PageRecord = Omit<FetchedPage, 'raw'>;

// Clocks of servers run a little ahead: an entry updated up to this far in the future counts.
const CLOCK_SKEW_MS = 3_600_000;

/**
 * Whether a listing says a page handled before (its article stored, or no article found) was updated
 * since it was fetched and since the listing was last read whole, or lists it under another title
 * than it did (a feed with no update times, such as most RSS, shows a corrected headline so): such a
 * page is asked again, with its validators, as `refresh` asks every page, and a changed one replaces
 * its article in place. A feed that stamps every entry with the time it was generated makes each
 * poll ask its pages again, conditionally; an entry dated far in the future is no update.
 */
export function updatedSince(
  c: Candidate,
  before: PageRecord,
  states: ReadonlyMap<string, FeedState>,
  now: number,
): boolean {
  if (before.outcome !== 'stored' && before.outcome !== 'no-article') return false;
  // (by the listing that listed it: another feed may title the same page otherwise)
  const title = before.listed?.title;
  if (c.entry.title && title && c.entry.title !== title && c.feedUrl === before.feedUrl) return true;
  const at = Date.parse(c.entry.updatedAt ?? '');
  if (Number.isNaN(at) || at > now + CLOCK_SKEW_MS) return false;
  const read = c.feedUrl ? Date.parse(states.get(c.feedUrl)?.okAt ?? '') : Number.NaN;
  return at > Date.parse(before.fetchedAt) && (Number.isNaN(read) || at > read);
}
