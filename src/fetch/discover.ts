import { FEED_LINK_TYPES } from './patterns.ts';

/**
 * Feed discovery on a site's home page: the feeds it links (`<link rel="alternate" type=…>`, as
 * browsers and feed readers find them), or, when it links none, the paths where sites commonly keep
 * one (probed by the caller, each only if robots.txt allows it).
 */

// One <link …> tag, and its attributes (quoted or bare values).
const LINK_TAG = /<link\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

const decodeEntities = (value: string): string =>
  value
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'");

/** True for the URL of a site's home page (its root, or an index file at the root). */
export function isHomePage(url: string): boolean {
  try {
    return /^\/(?:index\.(?:html?|php))?$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * The feeds a page links as alternates of itself, absolute, in page order, once each (only http(s)).
 * @example
 * feedLinks('<link rel="alternate" type="application/rss+xml" href="/rss">', 'https://a.example/')
 * // ['https://a.example/rss']
 */
export function feedLinks(html: string, base: string): string[] {
  // the head holds them; a page's body may quote such tags in its text
  const head = html.slice(0, Math.max(html.search(/<body[\s>]/i), 0) || html.length);
  const found: string[] = [];
  for (const tag of head.matchAll(LINK_TAG)) {
    const attributes = new Map<string, string>();
    for (const a of (tag[1] ?? '').matchAll(ATTRIBUTE))
      attributes.set((a[1] as string).toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attributes.get('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    const href = attributes.get('href');
    if (!rel.includes('alternate') || !FEED_LINK_TYPES.has(type) || !href) continue;
    try {
      const url = new URL(href.trim(), base);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.includes(url.href))
        found.push(url.href);
    } catch {
      // a link that is no URL is no feed
    }
  }
  return found;
}
