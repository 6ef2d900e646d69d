import { parseDate } from '../stages/clean/html/dates.ts';

/**
 * The fields of a listing: what a feed, sitemap or URL list lists, and the readers that turn its raw
 * values into trimmed text and absolute http(s) URLs.
 */

/** One listed article: its URL and what the listing says of it. */
export interface ListedEntry {
  readonly url: string;
  readonly title?: string;
  readonly publishedAt?: string;
  /** When the feed says the entry was last updated (Atom `updated`, JSON Feed `date_modified`). */
  readonly updatedAt?: string;
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
      /** Items taken whose date reads as no date (the page's own date is used), each described in a line. */
      readonly undated: readonly string[];
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

/** A non-empty trimmed string (a number as its digits), or undefined. */
export const text = (value: unknown): string | undefined => {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
};

/** An absolute http(s) URL, resolved against the listing's own, or undefined. */
export function absolute(value: unknown, base: string): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An entry with only the fields that have values; its dates read as a page's are (`parseDate`: an RSS
 * "Sat, 05 Dec 2026 19:56:03 +0000" is `2026-12-05T19:56:03.000Z`), one that reads as no date left out,
 * so an article whose page gives no date takes a date every stage reads, not the feed's raw text.
 */
export function entry(url: string, fields: Omit<ListedEntry, 'url'>): ListedEntry {
  const out: Record<string, string> = { url };
  for (const [key, value] of Object.entries(fields)) {
    const t = key === 'publishedAt' || key === 'updatedAt' ? parseDate(text(value)) : text(value);
    if (t) out[key] = t;
  }
  return out as unknown as ListedEntry;
}

/** A parsed XML or JSON object, read field by field. */
export type Any = Record<string, unknown> & {
  [key: string]: unknown;
};
