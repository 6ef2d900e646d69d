import type { Article } from '../model/index.ts';

/**
 * Whether a page a listing named is an article, from what the page itself says. A sitemap lists a
 * site's every page (its "About us", its contact and terms pages) and gives each a date (`lastmod`),
 * so the listing's word is no evidence: the page's own is. A page a user names herself is always
 * taken: this is asked of the pages a sitemap lists only.
 */

/** The reason a page is left out, as its record's error begins (`parallax sources` lists them by it). */
export const NOT_AN_ARTICLE = 'not an article';

/**
 * Words under which an `<article>` element alone does not make an article (a CMS wraps its every
 * page in one, its contact page too): about a short news brief's length.
 */
export const ARTICLE_ELEMENT_WORDS = 80;

// Where a value came from when the page did not give it: the listing, the sources file, the input.
const GIVEN_SOURCES = new Set(['feed', 'input', 'sources']);

// The page's own article markup: Open Graph's type, a JSON-LD object of an article's type (the
// types clean/html/json-ld.ts reads an article from), an <article> element.
const OG_ARTICLE =
  /<meta\b(?=[^>]*\b(?:property|name)\s*=\s*["']?og:type\b)(?=[^>]*\bcontent\s*=\s*["']?article\b)[^>]*>/i;
const LD_ARTICLE = /"@type"\s*:\s*(?:\[[^\]]*?)?"[^"]*(?:Article|Posting|Report)"/;
const ARTICLE_ELEMENT = /<article\b/i;

/**
 * Null when the page says it is an article (og:type article, a JSON-LD article, a publication date
 * or a byline of its own, or an `<article>` element around a text of {@link ARTICLE_ELEMENT_WORDS}
 * words or more); else why it is not one, for its record and the run's output.
 * @example
 * notAnArticle(aboutPage, '<html><body><h1>About us</h1>…</body></html>')
 * // 'not an article: no article markup (og:type, JSON-LD, <article>), no date or byline of its own'
 */
export function notAnArticle(article: Article, html: string): string | null {
  const own = (field: string) => !GIVEN_SOURCES.has(article.metadataSources[field] ?? 'feed');
  if (article.publishedAt && own('publishedAt')) return null;
  if (article.byline && own('byline')) return null;
  if (Object.values(article.metadataSources).includes('json-ld')) return null;
  if (OG_ARTICLE.test(html) || LD_ARTICLE.test(html)) return null;
  const element = ARTICLE_ELEMENT.test(html);
  if (element && article.wordCount >= ARTICLE_ELEMENT_WORDS) return null;
  return `${NOT_AN_ARTICLE}: ${element ? `a short text (${article.wordCount} words) in an <article> element,` : 'no article markup (og:type, JSON-LD, <article>),'} no date or byline of its own`;
}
