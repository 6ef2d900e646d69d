import type { FetchedPage } from '../store/fetch-types.ts';
import type { Store } from '../store/types.ts';
import { RECHECK_AFTER_MS } from './patterns.ts';

/**
 * Whether a stored article's page is due to be asked again though its listing shows no change
 * (plan-run.ts): a step of RECHECK_AFTER_MS after its publication (the listing's date, else the one
 * it was first listed with) has passed since the page was last fetched. Each step asks once: a
 * correction made in an article's first days is seen without `--refresh`, at a few conditional
 * requests (304 when unchanged) per article.
 * @example
 * recheckDue('2026-12-02T20:15:00+01:00', { outcome: 'stored', fetchedAt: '2026-12-02T19:30:00Z' }, Date.parse('2026-12-03T02:00:00Z')) // true (the 6 h step)
 */
export function recheckDue(
  publishedAt: string | undefined,
  page: Pick<FetchedPage, 'outcome' | 'fetchedAt'>,
  now: number,
): boolean {
  if (page.outcome !== 'stored') return false;
  const published = Date.parse(publishedAt ?? '');
  if (Number.isNaN(published) || published > now) return false;
  const passed = RECHECK_AFTER_MS.filter((step) => published + step <= now).at(-1);
  return passed !== undefined && Date.parse(page.fetchedAt) < published + passed;
}

// a page last asked longer ago than the last step and a day is not looked up again: no step is due
// unless the watcher stopped over its last one
const LOOKUP_WITHIN_MS = (RECHECK_AFTER_MS.at(-1) ?? 0) + 86_400_000;

/**
 * The publication a stored page's rechecks count from: its listing's date, else (a page listed with
 * none: an RSS item without pubDate, a URL list, a sitemap without lastmod) the date its stored
 * article's page gave, looked up only for a page asked within LOOKUP_WITHIN_MS, so that a store of old
 * undated pages is not read at every run; undefined when neither gives one (never rechecked).
 */
export async function recheckFrom(
  listedAt: string | undefined,
  page: Pick<FetchedPage, 'outcome' | 'fetchedAt' | 'articleId'>,
  store: Pick<Store, 'article'>,
  now: number,
): Promise<string | undefined> {
  if (listedAt || page.outcome !== 'stored' || !page.articleId) return listedAt;
  if (!(now - Date.parse(page.fetchedAt) <= LOOKUP_WITHIN_MS)) return undefined;
  return (await store.article(page.articleId))?.article.publishedAt ?? undefined;
}

/**
 * Whether a stored article's page is asked again at every poll under `recheckDays` (watch
 * --recheck-days N): its publication (the listing's date, else the one it was first listed with) is
 * within the last N days. Asked conditionally: an unchanged page costs a 304.
 * @example
 * recentlyPublished('2026-12-05T20:00:00Z', { outcome: 'stored' }, Date.parse('2026-12-07T02:00:00Z'), 2) // true
 */
export function recentlyPublished(
  publishedAt: string | undefined,
  page: Pick<FetchedPage, 'outcome'>,
  now: number,
  days: number | undefined,
): boolean {
  if (!days || page.outcome !== 'stored') return false;
  const published = Date.parse(publishedAt ?? '');
  return !Number.isNaN(published) && published <= now && now - published <= days * 86_400_000;
}
