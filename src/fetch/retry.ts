import type { FetchedPage } from '../store/fetch-types.ts';
import { RETRY_AFTER_MAX_MS, RETRY_AFTER_MS } from './patterns.ts';

/**
 * When a page that failed is asked again, and when it is given up on: attempts are spaced in time,
 * not by runs, so that a watch polling every few minutes does not give a page up within the minutes
 * a site is down, and a daily run gives up after as many attempts as before.
 */

/** How many attempts a failed page gets, over at least how long (`MAX_PAGE_ATTEMPTS`, `GIVE_UP_AFTER_MS`). */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly giveUpAfterMs: number;
}

/** What of a failed page's record the policy reads. */
type Tried = Pick<FetchedPage, 'attempts' | 'fetchedAt' | 'firstAt'>;

/**
 * Whether a failed page is given up on: it failed `maxAttempts` times or more, the last attempt at
 * least `giveUpAfterMs` after the first (a record with no first attempt's time counts from its last).
 * @example
 * givenUp({ attempts: 3, firstAt: '2026-12-06T22:00:00Z', fetchedAt: '2026-12-06T22:30:00Z' }, { maxAttempts: 3, giveUpAfterMs: 6 * 3_600_000 }) // false
 */
export function givenUp(page: Tried, policy: RetryPolicy): boolean {
  if (page.attempts < policy.maxAttempts) return false;
  const tried = Date.parse(page.fetchedAt) - Date.parse(page.firstAt ?? page.fetchedAt);
  return !(tried < policy.giveUpAfterMs);
}

/**
 * Whether a failed page not given up on is due to be asked again at `now`: RETRY_AFTER_MS after its
 * first failure, doubling with each later one, at most RETRY_AFTER_MAX_MS (less a tenth, so that a
 * watch polling exactly that often is not a round late).
 * @example
 * retryDue({ attempts: 2, fetchedAt: '2026-12-06T22:00:00Z' }, Date.parse('2026-12-06T22:20:00Z')) // true
 */
export function retryDue(page: Pick<FetchedPage, 'attempts' | 'fetchedAt'>, now: number): boolean {
  const wait = Math.min(RETRY_AFTER_MS * 2 ** Math.max(0, page.attempts - 1), RETRY_AFTER_MAX_MS);
  return !(now - Date.parse(page.fetchedAt) < wait * 0.9);
}
