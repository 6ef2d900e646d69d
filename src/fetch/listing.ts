import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';

/**
 * What a feed, sitemap or URL list lists: RSS 0.9x/2.0, Atom, RDF (RSS 1.0) and JSON Feed through
 * feedsmith; sitemaps, news sitemaps and sitemap indexes through fast-xml-parser; plain lists of URLs
 * one a line. An HTML page is recognised as a page, not a listing.
 */

/** One listed article: its URL and what the listing says of it. */
export interface ListedEntry {
  readonly url: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly author?: string;
  /** The publication a news sitemap names. */
  readonly outlet?: string;
}

/** What a fetched listing turned out to be. */
export type Listing =
  | {
      readonly kind: 'feed';
      readonly format: 'rss' | 'atom' | 'rdf' | 'json';
      readonly title: string | null;
      readonly entries: readonly ListedEntry[];
      /** Items left out for want of an http(s) link (empty, or `ftp:` …), each described in a line. */
      readonly skipped: readonly string[];
    }
  | { readonly kind: 'sitemap'; readonly entries: readonly ListedEntry[] }
  | { readonly kind: 'sitemap-index'; readonly sitemaps: readonly { url: string; lastmod?: string }[] }
  | {
      readonly kind: 'urls';
      readonly entries: readonly ListedEntry[];
      /** Lines that are no http(s) URL (comments and blank lines aside), as written. */
      readonly ignored: readonly string[];
    }
  | { readonly kind: 'page' }
  | { readonly kind: 'unknown'; readonly reason: string };

const HTML_HINT = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

// A non-empty trimmed string, or undefined.
const text = (value: unknown): string | undefined => {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
};

// An absolute http(s) URL, resolved against the listing's own, or undefined.
function absolute(value: unknown, base: string): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// An entry with only the fields that have values.
function entry(url: string, fields: Omit<ListedEntry, 'url'>): ListedEntry {
  const out: Record<string, string> = { url };
  for (const [key, value] of Object.entries(fields)) {
    const t = text(value);
    if (t) out[key] = t;
  }
  return out as unknown as ListedEntry;
}

// An RSS author is often `mail@example.com (Name)`: the name.
const personName = (value: unknown): string | undefined => {
  const raw = text(value);
  return raw?.match(/\(([^)]+)\)\s*$/)?.[1]?.trim() ?? raw;
};

type Any = Record<string, unknown> & {
  [key: string]: unknown;
};

// An item left out for want of an http(s) link, described by its title and the link it gave.
function unlinked(title: unknown, link: unknown): string {
  const named = text(title);
  const raw = text(link);
  const what = named ? `the item "${named.slice(0, 120)}"` : 'an item';
  return raw
    ? `${what} links no http(s) URL (${raw.slice(0, 200)}), left out`
    : `${what} has an empty link or none, left out`;
}

function feedEntries(format: string, feed: Any, base: string): { entries: ListedEntry[]; skipped: string[] } {
  const out: ListedEntry[] = [];
  const skipped: string[] = [];
  if (format === 'atom') {
    for (const e of (feed.entries as Any[] | undefined) ?? []) {
      const links = (e.links as { href?: string; rel?: string }[] | undefined) ?? [];
      const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
      const url = absolute(link?.href, base);
      if (!url) {
        skipped.push(unlinked((e.title as Any | undefined)?.value, link?.href));
        continue;
      }
      out.push(
        entry(url, {
          title: text((e.title as Any | undefined)?.value),
          publishedAt: text(e.published) ?? text(e.updated),
          author: text((e.authors as Any[] | undefined)?.[0]?.name),
        }),
      );
    }
    return { entries: out, skipped };
  }
  for (const item of (feed.items as Any[] | undefined) ?? []) {
    const dc = item.dc as { creators?: string[]; dates?: string[] } | undefined;
    const guid = item.guid as { value?: string; isPermaLink?: boolean } | string | undefined;
    // an RSS guid is the item's permalink unless it says otherwise
    const permalink = typeof guid === 'string' ? guid : guid?.isPermaLink !== false ? guid?.value : undefined;
    const url =
      format === 'json'
        ? absolute(item.url, base)
        : (absolute(item.link, base) ??
          absolute(permalink, base) ??
          absolute((item.rdf as Any | undefined)?.about, base));
    if (!url) {
      skipped.push(unlinked(item.title, format === 'json' ? item.url : (item.link ?? permalink)));
      continue;
    }
    const authors = item.authors as Any[] | undefined;
    out.push(
      entry(url, {
        title: text(item.title),
        publishedAt: text(item.pubDate) ?? text(item.date_published) ?? text(dc?.dates?.[0]),
        author:
          text(dc?.creators?.[0]) ??
          personName(authors?.[0]?.name) ??
          personName((item.author as Any | undefined)?.name),
      }),
    );
  }
  return { entries: out, skipped };
}

function feedTitle(format: string, feed: Any): string | null {
  const title = format === 'atom' ? (feed.title as Any | undefined)?.value : feed.title;
  return text(title) ?? null;
}

const xml = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
  processEntities: true,
  parseTagValue: false,
});

function parseSitemap(body: string, base: string): Listing {
  let doc: Any;
  try {
    doc = xml.parse(body) as Any;
  } catch (error) {
    return { kind: 'unknown', reason: `not well-formed XML: ${(error as Error).message.split('\n')[0]}` };
  }
  const index = doc.sitemapindex as Any | undefined;
  if (index) {
    const sitemaps = ((index.sitemap as Any[] | undefined) ?? []).flatMap((s) => {
      const url = absolute(s.loc, base);
      const lastmod = text(s.lastmod);
      return url ? [lastmod ? { url, lastmod } : { url }] : [];
    });
    return { kind: 'sitemap-index', sitemaps };
  }
  const set = doc.urlset as Any | undefined;
  if (!set) return { kind: 'unknown', reason: 'XML that is neither a feed nor a sitemap' };
  const entries = ((set.url as Any[] | undefined) ?? []).flatMap((u) => {
    const url = absolute(u.loc, base);
    if (!url) return [];
    const news = u.news as Any | undefined;
    const publication = news?.publication as Any | undefined;
    return [
      entry(url, {
        title: text(news?.title),
        publishedAt: text(news?.publication_date) ?? text(u.lastmod),
        outlet: text(publication?.name),
      }),
    ];
  });
  return { kind: 'sitemap', entries };
}

/**
 * Read a fetched listing. `base` is its URL (relative links resolve against it).
 * @example
 * parseListing('https://a.example/x\nhttps://a.example/y\n', 'text/plain', 'https://a.example/list.txt')
 * // { kind: 'urls', entries: [{ url: 'https://a.example/x' }, { url: 'https://a.example/y' }], ignored: [] }
 */
export function parseListing(body: string, contentType: string | null, base: string): Listing {
  const trimmed = body.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { kind: 'unknown', reason: 'empty' };
  const type = (contentType ?? '').toLowerCase();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = parseFeed(JSON.parse(trimmed) as object);
      const feed = parsed.feed as unknown as Any;
      return {
        kind: 'feed',
        format: 'json',
        title: feedTitle('json', feed),
        ...feedEntries('json', feed, base),
      };
    } catch (error) {
      return { kind: 'unknown', reason: `JSON that is not a JSON Feed (${(error as Error).message})` };
    }
  }
  if (trimmed.startsWith('<')) {
    if (type.includes('text/html') || type.includes('xhtml') || HTML_HINT.test(trimmed)) {
      if (!/<(?:rss|feed|rdf:RDF|urlset|sitemapindex)[\s>]/i.test(trimmed.slice(0, 4096)))
        return { kind: 'page' };
    }
    const head = trimmed.slice(0, 4096).replace(/<!--[\s\S]*?-->/g, '');
    if (/<(?:[\w-]+:)?(?:urlset|sitemapindex)[\s>]/.test(head)) return parseSitemap(trimmed, base);
    try {
      const parsed = parseFeed(trimmed);
      const format = parsed.format as 'rss' | 'atom' | 'rdf';
      const feed = parsed.feed as unknown as Any;
      return {
        kind: 'feed',
        format,
        title: feedTitle(format, feed),
        ...feedEntries(format, feed, base),
      };
    } catch (error) {
      return {
        kind: 'unknown',
        reason: `XML that is neither a feed nor a sitemap (${(error as Error).message})`,
      };
    }
  }
  const lines = trimmed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const entries: ListedEntry[] = [];
  const ignored: string[] = [];
  for (const line of lines) {
    const url = absolute(line, base);
    if (url && /^https?:\/\//i.test(line)) entries.push({ url });
    else ignored.push(line);
  }
  if (entries.length === 0 || entries.length < lines.length / 2)
    return { kind: 'unknown', reason: 'neither a feed, a sitemap nor a list of URLs' };
  return { kind: 'urls', entries, ignored };
}
