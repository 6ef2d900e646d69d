import type { FeedState, FetchSource, GivenUpPages, PageCounts } from '../store/fetch-types.ts';
import type { Store } from '../store/types.ts';
import { NOT_AN_ARTICLE } from './article-page.ts';
import { GIVE_UP_AFTER_MS, HEALTH_DAYS, MAX_PAGE_ATTEMPTS } from './patterns.ts';

/**
 * Per-source health for `parallax sources`: when its feeds last answered, how often its feeds and
 * pages failed, and how many new articles a day it gave over the last days.
 */

/** One source's health. */
export interface SourceHealth {
  readonly name: string;
  readonly leaning: string | null;
  readonly owner: string | null;
  readonly urls: readonly string[];
  /** ISO time of its feeds' last success, and of their last attempt. */
  readonly lastSuccess: string | null;
  readonly lastChecked: string | null;
  /**
   * The latest error of a feed whose last attempt failed or of a page that failed over the window,
   * named with its URL, else null: an error rate over nought has an error to show.
   */
  readonly lastError: string | null;
  /** Failed requests (feeds all time, pages over the window) over all of them; null when none were made. */
  readonly errorRate: number | null;
  /** New articles stored per day over the window (since its first fetch when that is more recent). */
  readonly articlesPerDay: number;
  /** New articles stored over the window, and the window in days. */
  readonly articles: number;
  readonly days: number;
  /** Since the source's first page attempt, in milliseconds (null before any): under a day, a rate a day means little. */
  readonly followedMs: number | null;
  readonly lastArticle: string | null;
  /**
   * Its pages given up on (failed at each of their attempts, left alone by later runs): how many, and
   * the latest few, latest first; `parallax fetch URL` asks one again.
   */
  readonly givenUp: { readonly count: number; readonly latest: GivenUpPages['latest'] };
  /** Its pages a sitemap listed and the fetch left out as no article (`notAnArticle`), as `givenUp`. */
  readonly leftOut: { readonly count: number; readonly latest: GivenUpPages['latest'] };
}

/** Given-up pages named per source (the rest are counted). */
export const GIVEN_UP_SHOWN = 5;

const DAY_MS = 86_400_000;

/** The health of each source (and of URLs fetched without a source, as `(no source)` when any). */
export function sourceHealth(
  sources: readonly FetchSource[],
  feeds: readonly FeedState[],
  counts: readonly PageCounts[],
  now: Date,
  days = HEALTH_DAYS,
  givenUp: readonly GivenUpPages[] = [],
  leftOut: readonly GivenUpPages[] = [],
): SourceHealth[] {
  const key = (name: string | null) => (name ?? '').toLowerCase();
  const rows = sources.map((s) => ({ name: s.name, leaning: s.leaning, owner: s.owner, urls: s.urls }));
  const named = new Set(rows.map((r) => key(r.name)));
  if (feeds.some((f) => !named.has(key(f.source))) || counts.some((c) => !named.has(key(c.source))))
    rows.push({ name: '(no source)', leaning: null, owner: null, urls: [] });
  return rows.map((row): SourceHealth => {
    const mine = (name: string | null) =>
      row.name === '(no source)' ? !named.has(key(name)) : key(name) === key(row.name);
    const ownFeeds = feeds.filter((f) => mine(f.source));
    const ownCounts = counts.filter((c) => mine(c.source));
    const own = (pages: readonly GivenUpPages[]) => {
      const mineOnly = pages.filter((g) => mine(g.source));
      return {
        count: mineOnly.reduce((n, g) => n + g.count, 0),
        latest: mineOnly
          .flatMap((g) => g.latest)
          .sort((a, b) => b.at.localeCompare(a.at))
          .slice(0, GIVEN_UP_SHOWN),
      };
    };
    const latest = (values: (string | null)[]) =>
      values
        .filter((v): v is string => v !== null)
        .sort()
        .at(-1) ?? null;
    const attempts =
      ownFeeds.reduce((n, f) => n + f.attempts, 0) + ownCounts.reduce((n, c) => n + c.attempts, 0);
    const failures =
      ownFeeds.reduce((n, f) => n + f.failures, 0) + ownCounts.reduce((n, c) => n + c.failures, 0);
    const stored = ownCounts.reduce((n, c) => n + c.stored, 0);
    const first = ownCounts
      .map((c) => c.firstAt)
      .filter((v): v is string => v !== null)
      .sort()[0];
    // a source followed for less than the window is judged over the time it has been followed
    const span = first ? Math.min(days, Math.max(1, (now.getTime() - Date.parse(first)) / DAY_MS)) : days;
    return {
      name: row.name,
      leaning: row.leaning,
      owner: row.owner,
      urls: row.urls,
      lastSuccess: latest(ownFeeds.map((f) => f.okAt)),
      lastChecked: latest(ownFeeds.map((f) => f.checkedAt)),
      lastError: lastError(ownFeeds, ownCounts),
      errorRate: attempts ? failures / attempts : null,
      articlesPerDay: stored / span,
      articles: stored,
      days: Math.round(span * 10) / 10,
      followedMs: first ? Math.max(0, now.getTime() - Date.parse(first)) : null,
      lastArticle: latest(ownCounts.map((c) => c.lastStoredAt)),
      givenUp: own(givenUp),
      leftOut: own(leftOut),
    };
  });
}

/**
 * The most recent error of the source: of its feeds whose last attempt failed (at their last check)
 * and of its failed pages (each source's latest, as `pageCounts` gives it), the latest.
 */
function lastError(feeds: readonly FeedState[], counts: readonly PageCounts[]): string | null {
  const errors = [
    // named by its URL, as a page's is: a source of several feeds and sitemaps says which failed
    ...feeds
      .filter((f) => f.error !== null)
      .map((f) => ({ at: f.checkedAt ?? '', text: `${f.url}: ${f.error as string}` })),
    ...counts.flatMap((c) =>
      c.lastFailure
        ? [{ at: c.lastFailure.at, text: `${c.lastFailure.url}: ${c.lastFailure.error ?? 'failed'}` }]
        : [],
    ),
  ];
  return (
    errors.reduce<{ at: string; text: string } | null>((a, b) => (a && a.at >= b.at ? a : b), null)?.text ??
    null
  );
}

/** The health of every source in a store. */
export async function storeHealth(store: Store, now: Date, days = HEALTH_DAYS): Promise<SourceHealth[]> {
  const since = new Date(now.getTime() - days * DAY_MS).toISOString();
  const [sources, feeds, counts, setAside] = await Promise.all([
    store.fetchSources(),
    store.feedStates(),
    store.pageCounts(since),
    store.setAsidePages(
      { attempts: MAX_PAGE_ATTEMPTS, afterMs: GIVE_UP_AFTER_MS },
      NOT_AN_ARTICLE,
      GIVEN_UP_SHOWN,
    ),
  ]);
  return sourceHealth(sources, feeds, counts, now, days, setAside.givenUp, setAside.leftOut);
}

/**
 * New articles as `parallax sources` and the web app's sources page say it: a rate over a day or more
 * of following ("1.5 a day"), else what the source gave in that time ("6 in 2 min", "6 in 5 h"), under
 * a column that says no unit of its own: "6 in 13 min" under "articles/day" read as a rate.
 */
export function articlesPerDayText(r: SourceHealth): string {
  const ms = r.followedMs;
  const hour = 3_600_000;
  if (ms === null || ms >= 24 * hour) return `${r.articlesPerDay.toFixed(1)} a day`;
  const time = ms < hour ? `${Math.max(1, Math.round(ms / 60_000))} min` : `${Math.round(ms / hour)} h`;
  return `${r.articles} in ${time}`;
}
