import { type Any, absolute, entry, type ListedEntry, text } from './listing-fields.ts';

/** The entries of a feed parsed by feedsmith (RSS, Atom, RDF or JSON Feed) and its title. */

// An RSS author is often `mail@example.com (Name)`: the name.
const personName = (value: unknown): string | undefined => {
  const raw = text(value);
  return raw?.match(/\(([^)]+)\)\s*$/)?.[1]?.trim() ?? raw;
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

// An item taken whose date reads as no date: the feed's fault named, as an unlinked item's is.
function undatedItem(title: unknown, raw: string | undefined, listed: ListedEntry): string | null {
  if (!raw || listed.publishedAt) return null;
  const named = text(title);
  const what = named ? `the item "${named.slice(0, 120)}"` : 'an item';
  return `${what} gives a date that reads as no date (${raw.slice(0, 80)}): its page's own date is used`;
}

/**
 * A feed's entries with an http(s) link, a line for each item left out for want of one, and a line
 * for each item whose date reads as no date.
 */
export function feedEntries(
  format: string,
  feed: Any,
  base: string,
): { entries: ListedEntry[]; skipped: string[]; undated: string[] } {
  const out: ListedEntry[] = [];
  const skipped: string[] = [];
  const undated: string[] = [];
  const take = (title: unknown, raw: string | undefined, listed: ListedEntry) => {
    out.push(listed);
    const note = undatedItem(title, raw, listed);
    if (note) undated.push(note);
  };
  if (format === 'atom') {
    for (const e of (feed.entries as Any[] | undefined) ?? []) {
      const links = (e.links as { href?: string; rel?: string }[] | undefined) ?? [];
      const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
      const url = absolute(link?.href, base);
      if (!url) {
        skipped.push(unlinked((e.title as Any | undefined)?.value, link?.href));
        continue;
      }
      const raw = text(e.published) ?? text(e.updated);
      take(
        (e.title as Any | undefined)?.value,
        raw,
        entry(url, {
          title: text((e.title as Any | undefined)?.value),
          publishedAt: raw,
          updatedAt: text(e.updated),
          author: text((e.authors as Any[] | undefined)?.[0]?.name),
        }),
      );
    }
    return { entries: out, skipped, undated };
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
    const raw = text(item.pubDate) ?? text(item.date_published) ?? text(dc?.dates?.[0]);
    take(
      item.title,
      raw,
      entry(url, {
        title: text(item.title),
        publishedAt: raw,
        updatedAt: text(item.date_modified),
        author:
          text(dc?.creators?.[0]) ??
          personName(authors?.[0]?.name) ??
          personName((item.author as Any | undefined)?.name),
      }),
    );
  }
  return { entries: out, skipped, undated };
}

/** A feed's title (an Atom title is an object with a value), or null. */
export function feedTitle(format: string, feed: Any): string | null {
  const title = format === 'atom' ? (feed.title as Any | undefined)?.value : feed.title;
  return text(title) ?? null;
}
