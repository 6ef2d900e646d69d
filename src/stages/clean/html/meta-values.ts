/** Metadata value readers: the meta tags read per field, and normalisers for each kind of value. */
import { decodeEntities } from './entities.ts';

/** Meta tag names (property, name or itemprop, lower-cased) read for each field, in order of trust. */
export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title'],
  outlet: ['og:site_name', 'application-name', 'al:android:app_name', 'twitter:app:name:iphone', 'publisher'],
  byline: [
    'author',
    'article:author',
    'byl',
    'dc.creator',
    'parsely-author',
    'sailthru.author',
    'citation_author',
  ],
  published: [
    'article:published_time',
    'og:article:published_time',
    'datepublished',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'article.published',
    'parsely-pub-date',
    'sailthru.date',
    'dc.date',
    'dc.date.issued',
    'dcterms.created',
    'date',
    'og:published_time',
    'article:published',
  ],
  modified: [
    'article:modified_time',
    'og:updated_time',
    'datemodified',
    'last-modified',
    'dcterms.modified',
    'article.updated',
    'lastmod',
  ],
  section: ['article:section', 'section', 'parsely-section', 'sailthru.tags', 'category'],
  language: ['content-language', 'og:locale', 'language', 'dc.language'],
  url: ['og:url', 'twitter:url', 'parsely-link'],
} as const;

/** A metadata string with entities decoded and white space collapsed, or null when empty. */
export const text = (v: string): string | null => decodeEntities(v).replace(/\s+/g, ' ').trim() || null;

/** Letters and digits only, lower-cased: for comparing names regardless of punctuation. */
export const squash = (v: string): string => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// Sections that name a page type or the whole site rather than a part of it.
const EMPTY_SECTIONS = new Set([
  'post',
  'posts',
  'article',
  'articles',
  'all',
  'home',
  'index',
  'page',
  'blog',
  'default',
  'uncategorized',
  'general',
  'news',
]);

/** A section name, or null for page types ("post"), site names, domains and long phrases. */
export function sectionName(value: string): string | null {
  const name = text(value.split(/[,|;]/)[0] ?? '');
  if (
    !name ||
    name.split(' ').length > 4 ||
    /\.[a-z]{2,}$/i.test(name) ||
    EMPTY_SECTIONS.has(name.toLowerCase())
  )
    return null;
  return name;
}

// An outlet name: the first part of "Site | tagline" names, never a social handle.
/** An outlet name: the first part of "Site | tagline" values, never a social handle or a URL. */
export function outletName(value: string): string | null {
  const name = text(value.split(/\s+[|•]\s+/)[0] ?? '');
  return name && !/^@|^(?:https?:\/\/|www\.)/i.test(name) ? name : null;
}

/** An absolute http(s) URL resolved against the page URL, or null. */
export function absoluteUrl(value: string, base: string | undefined): string | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A BCP 47-style language tag (`en`, `en-GB`) from `lang`, locale or content-language values. */
export function language(value: string): string | null {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?\b/i.exec(value.trim());
  if (!m?.[1]) return null;
  return m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase();
}

// "Headline | Site" or "Headline - Site": drop the site part when it names the outlet.
/** A title without its site-name part ("Headline | Site" → "Headline") when that part names the outlet. */
export function stripSiteName(title: string, outlet: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]?.toLowerCase() ?? '';
  const head = parts.slice(0, -1).join(' - ');
  if (outlet && (last.includes(outlet.toLowerCase()) || outlet.toLowerCase().includes(last))) return head;
  return head.split(/\s+/).length >= 4 && last.split(/\s+/).length <= 4 ? head : title;
}
