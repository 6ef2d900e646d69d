// What the fetch commands print: a fetch run's summary line and the sources' health table; the
// streams they print to and their exit statuses.

import type { RequestDone } from '../fetch/fetcher.ts';
import { articlesPerDayText, type SourceHealth } from '../fetch/health.ts';
import type { FetchSummary } from '../fetch/run.ts';
import type { startProgress } from './progress.ts';
import { dbOption, plural } from './store-output.ts';

/** The exit statuses of the fetch commands. */
export const FETCH_EXIT = { ok: 0, usage: 2, partial: 3, interrupted: 130, terminated: 143 } as const;

/**
 * Whether a run met a new failure (its exit status 3): a page failed, a listing could not be read, or
 * a problem no earlier run told (a link-less item or a robots.txt refusal told before is known).
 */
export const newFailures = (s: FetchSummary): boolean => s.failed > 0 || s.errors.some((e) => !e.known);

/**
 * A request as `-v` prints it: its URL, its status or why no answer came, and its time.
 * @example
 * requestLine({ url: 'https://a.example/feed.xml', status: 304, ms: 41 }) // 'GET https://a.example/feed.xml: HTTP 304, 41 ms'
 */
export const requestLine = (r: RequestDone): string =>
  `GET ${r.url}: ${r.status ? `HTTP ${r.status}` : (r.error ?? 'no answer')}, ${r.ms} ms`;

/** The streams a fetch command talks to. */
export interface FetchIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly progress: boolean;
  readonly progressStream?: Parameters<typeof startProgress>[0]['progressStream'];
}

/** The one-line summary of a fetch run. */
export function fetchLine(s: FetchSummary, location: string): string {
  const parts = [
    `${plural(s.stored, 'new article')} in ${location}`,
    `${plural(s.fetched, 'page')} fetched from ${plural(s.listings, 'feed or sitemap', 'feeds and sitemaps')} (${s.unchanged} unchanged)`,
    `${s.known} already handled`,
  ];
  if (s.unread) parts.push(`${plural(s.unread, 'feed or sitemap', 'feeds and sitemaps')} not read`);
  if (s.unlinked) parts.push(`${plural(s.unlinked, 'feed item')} without an http(s) link`);
  if (s.older) parts.push(`${s.older} dated before --since`);
  if (s.deferred) parts.push(`${s.deferred} left for the next run (--max-pages)`);
  if (s.waiting) parts.push(`${plural(s.waiting, 'failed page')} to ask again later`);
  if (s.updated) parts.push(`${s.updated} changed and replaced`);
  if (s.pagesUnchanged) parts.push(`${s.pagesUnchanged} fetched again unchanged`);
  if (s.duplicates)
    parts.push(
      `${s.duplicates} already stored${s.moved ? ` (${s.moved} from a new address of its page)` : ''}`,
    );
  if (s.noArticle) parts.push(`${s.noArticle} without article text`);
  if (s.notArticle) parts.push(`${plural(s.notArticle, 'page')} left out: not an article`);
  if (s.disallowed) parts.push(`${s.disallowed} disallowed by robots.txt`);
  if (s.failed) parts.push(`${s.failed} failed`);
  const known = s.errors.filter((e) => e.known).length;
  if (known) parts.push(`${plural(known, 'problem')} known from earlier runs (not told again)`);
  if (s.storiesCreated || s.storiesGrown)
    parts.push(`${plural(s.storiesCreated, 'new story', 'new stories')}, ${s.storiesGrown} grown`);
  return parts.join('; ');
}

const percent = (rate: number | null) => (rate === null ? '-' : `${Math.round(rate * 100)}%`);
const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')}` : 'never');

/**
 * The pages given up on under the table, per source, latest first, with the command that asks one
 * again (`db`: the --db given, repeated in it with a URL's password hidden, as every printed store
 * location is); nothing when none.
 */
export function givenUpText(rows: readonly SourceHealth[], db?: string): string {
  const lines = rows
    .filter((r) => r.givenUp.count > 0)
    .flatMap((r) => [
      `${r.name}: ${plural(r.givenUp.count, 'page')} given up${r.givenUp.count > 1 ? ' (latest first)' : ''}:`,
      // each page its own attempts: a run given another maxAttempts (the library's) gives up after more or fewer
      ...r.givenUp.latest.map(
        (p) => `  ${p.url}  ${p.error ?? 'failed'} (${plural(p.attempts, 'attempt')}), ${when(p.at)}`,
      ),
      ...(r.givenUp.count > r.givenUp.latest.length
        ? [`  and ${r.givenUp.count - r.givenUp.latest.length} more`]
        : []),
    ]);
  if (!lines.length) return '';
  return `\n${lines.join('\n')}\nTo ask one again: parallax fetch URL${dbOption(db)}\n`;
}

/**
 * The pages a sitemap listed and a fetch left out as no article, per source, latest first, with the
 * command that takes one (a page a user names is always taken); nothing when none.
 */
export function leftOutText(rows: readonly SourceHealth[], db?: string): string {
  const lines = rows
    .filter((r) => r.leftOut.count > 0)
    .flatMap((r) => [
      `${r.name}: ${plural(r.leftOut.count, 'page')} left out: not an article${r.leftOut.count > 1 ? ' (latest first)' : ''}:`,
      ...r.leftOut.latest.map((p) => `  ${p.url}  ${(p.error ?? '').replace(/^not an article: /, '')}`),
      ...(r.leftOut.count > r.leftOut.latest.length
        ? [`  and ${r.leftOut.count - r.leftOut.latest.length} more`]
        : []),
    ]);
  if (!lines.length) return '';
  return `\n${lines.join('\n')}\nTo take one: parallax fetch URL${dbOption(db)}\n`;
}

/** The sources' health as a text table. */
export function healthTable(rows: readonly SourceHealth[]): string {
  if (!rows.length) return 'no sources yet (add some with parallax fetch --sources or parallax watch)\n';
  // when the source's last new article was stored, not published: a poll's time, said as one
  const head = ['source', 'last success', 'errors', 'new articles', 'last stored', 'last error'];
  const body = rows.map((r) => [
    r.name,
    when(r.lastSuccess),
    percent(r.errorRate),
    articlesPerDayText(r),
    when(r.lastArticle),
    r.lastError ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  return `${[head, ...body]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] as number))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}
