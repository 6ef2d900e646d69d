import { parseFeed } from 'feedsmith';
import { feedEntries, feedTitle } from './listing-feed.ts';
import { type Any, absolute, type ListedEntry, type Listing } from './listing-fields.ts';
import { parseSitemap } from './listing-sitemap.ts';

/**
 * What a feed, sitemap or URL list lists: RSS 0.9x/2.0, Atom, RDF (RSS 1.0) and JSON Feed through
 * feedsmith; sitemaps, news sitemaps and sitemap indexes through fast-xml-parser; plain lists of URLs
 * one a line. An HTML page is recognised as a page, not a listing.
 */

export type { ListedEntry, Listing } from './listing-fields.ts';

const HTML_HINT = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

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
