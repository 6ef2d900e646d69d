/**
 * A stored article whose page is later removed (404 or 410 when asked again): the fetcher keeps the
 * article and writes on its page's record the answer and the day the page was first seen gone; a
 * stored story's report names the article as removed (a report issue, which the reports show beside
 * the article and its "Original" link). One place writes that record's error and reads it back.
 */
import type { Article, Issue, Report } from '../model/index.ts';
import { PAGE_REMOVED } from '../report/removed.ts';
import type { FetchedPage } from './fetch-types.ts';
import { urlKey } from './keys.ts';
import type { Store } from './types.ts';

/** The answers that say a page was removed, not that it failed for now. */
export const GONE_STATUSES: readonly number[] = [404, 410];

const FIRST_GONE = /first seen gone on (\d{4}-\d\d-\d\d)/;

/**
 * The error a gone page's record keeps: its answer and the day it was first seen gone (`since`, from
 * its record while it stays gone: see `goneSince`; else today).
 * @example
 * goneError('HTTP 404', 'a3', null, new Date('2026-12-04T20:19:00Z'))
 * // 'HTTP 404: removed, first seen gone on 2026-12-04; its article a3 is kept'
 */
export function goneError(
  problem: string,
  articleId: string | null,
  since: string | null,
  now: Date,
): string {
  const day = since ?? now.toISOString().slice(0, 10);
  return `${problem}: removed, first seen gone on ${day}; its article ${articleId ?? '(unknown)'} is kept`;
}

/**
 * The day a page's record says it was first seen gone (a record written before it said so: the day
 * of its last attempt), or null while it answers (or when it never stored an article).
 */
export function goneSince(page: Omit<FetchedPage, 'raw'>): string | null {
  if (page.outcome !== 'stored' || !GONE_STATUSES.includes(page.status)) return null;
  return FIRST_GONE.exec(page.error ?? '')?.[1] ?? page.fetchedAt.slice(0, 10);
}

/** The issues naming the articles among `articles` whose page is gone, by their page records. */
export async function removalIssues(store: Store, articles: readonly Article[]): Promise<Issue[]> {
  const keyed = articles.flatMap((a) => {
    const key = urlKey(a.url);
    return key ? [[key, a] as const] : [];
  });
  if (!keyed.length) return [];
  const pages = await store.knownPages(keyed.map(([key]) => key));
  return keyed.flatMap(([key, article]) => {
    const page = pages.get(key);
    const since = page && page.articleId === article.id ? goneSince(page) : null;
    if (!page || !since) return [];
    return [
      {
        code: PAGE_REMOVED,
        severity: 'warning' as const,
        articleId: article.id,
        message: `page removed: HTTP ${page.status} when asked again, first seen gone on ${since}; the article is kept as it was stored`,
      },
    ];
  });
}

/**
 * The report with its articles' removals as of now: a stored report (computed before a page was
 * removed, or after it came back) gets the store's current ones in place of those it was saved with.
 */
export async function withRemovals(store: Store, report: Report): Promise<Report> {
  const issues = await removalIssues(store, report.articles);
  const kept = report.issues.filter((i) => i.code !== PAGE_REMOVED);
  if (!issues.length && kept.length === report.issues.length) return report;
  return { ...report, issues: [...kept, ...issues] };
}
