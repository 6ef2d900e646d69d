import { XMLParser } from 'fast-xml-parser';
import { type Any, absolute, entry, type Listing, text } from './listing-fields.ts';

/** Sitemaps, news sitemaps and sitemap indexes, read through fast-xml-parser. */

const xml = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
  processEntities: true,
  parseTagValue: false,
});

/** A sitemap's entries (a news sitemap's title, date and outlet), a sitemap index's sitemaps, or why neither. */
export function parseSitemap(body: string, base: string): Listing {
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
