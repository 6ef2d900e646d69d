import { createHash } from 'node:crypto';
import { siteHost } from '../text/platform-hosts.ts';
import { TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from './patterns.ts';

/**
 * The keys an article is recognised by when it comes back: its URL normalised, and a hash of its
 * text normalised. Both backends put a unique index on each, so re-ingesting is a no-op.
 */

/** True for a query parameter that only tracks the reader. */
function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The key of an article's URL: `http` and `https` alike, the site's host (`siteHost`: lower-cased,
 * without `www.`, `m.`, `mobile.` or `amp.`, the fold the run's outlet names use) and no default
 * port, path without a trailing slash, tracking parameters and the fragment dropped, the other
 * parameters sorted. Null for a missing or unparsable URL; other schemes keep their text
 * (scheme and host lower-cased by the parser).
 * @example
 * urlKey('HTTPS://www.Example.com/a/b/?utm_source=x&b=2&a=1#top') // 'https://example.com/a/b?a=1&b=2'
 */
export function urlKey(url: string | null | undefined): string | null {
  const text = url?.trim();
  if (!text) return null;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return null;
  }
  parsed.hash = '';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  const params = [...parsed.searchParams].filter(([name]) => !isTracking(name));
  params.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const host = siteHost(parsed.hostname);
  const port = parsed.port === '' || parsed.port === '80' || parsed.port === '443' ? '' : `:${parsed.port}`;
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${port}${path}${query}`;
}

/**
 * The text an article's content hash is taken of: Unicode-compatible forms unified (NFKC), case
 * folded, curly quotes and dashes made plain, every run of white space one space.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The content hash of an article's body: SHA-256 (hex) of {@link normaliseText}, so the same text
 * under another URL, re-wrapped or re-typeset, is the same article.
 * @example
 * contentHash('The  bridge\nreopened.') === contentHash('the bridge reopened.') // true
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}
