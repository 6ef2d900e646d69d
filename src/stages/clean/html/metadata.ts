import { joinBylines } from './byline.ts';
import { dateFromUrl, parseDate, parseTextDate } from './dates.ts';
import type { DomDocument } from './dom.ts';
import { decodeEntities } from './entities.ts';
import { readJsonLd } from './json-ld.ts';
import { scanPage } from './page-scan.ts';

/** Metadata read from a page, each value with where it came from. */
export interface PageMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly meta: Partial<
    Record<'outlet' | 'url' | 'publishedAt' | 'modifiedAt' | 'language' | 'section', string>
  >;
  readonly sources: Record<string, string>;
}

type Candidate = readonly [source: string, value: string | null | undefined];

const META_KEYS = {
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

const fromMeta = (meta: Map<string, string>, keys: readonly string[]): Candidate[] =>
  keys.map((k) => [`meta:${k}`, meta.get(k)] as const);

function first<T>(
  candidates: readonly Candidate[],
  read: (v: string) => T | null,
): { value: T; source: string } | null {
  for (const [source, raw] of candidates) {
    if (!raw) continue;
    const value = read(raw);
    if (value !== null) return { value, source };
  }
  return null;
}

const text = (v: string): string | null => decodeEntities(v).replace(/\s+/g, ' ').trim() || null;

const squash = (v: string): string => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

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

function sectionName(value: string): string | null {
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
function outletName(value: string): string | null {
  const name = text(value.split(/\s+[|•]\s+/)[0] ?? '');
  return name && !/^@/.test(name) ? name : null;
}

function absoluteUrl(value: string, base: string | undefined): string | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function language(value: string): string | null {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?\b/i.exec(value.trim());
  if (!m?.[1]) return null;
  return m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase();
}

// "Headline | Site" or "Headline - Site": drop the site part when it names the outlet.
function stripSiteName(title: string, outlet: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]?.toLowerCase() ?? '';
  const head = parts.slice(0, -1).join(' - ');
  if (outlet && (last.includes(outlet.toLowerCase()) || outlet.toLowerCase().includes(last))) return head;
  return head.split(/\s+/).length >= 4 && last.split(/\s+/).length <= 4 ? head : title;
}

/**
 * Read a page's metadata before any pruning: title, byline, outlet, canonical URL, published and
 * modified dates, section and language, from JSON-LD, meta tags, `<link rel=canonical>`,
 * `<time>`, `<html lang>`, bylines in markup and the URL; `givenUrl` serves as the base and last resort.
 */
export function readMetadata(document: DomDocument, givenUrl?: string): PageMetadata {
  const scan = scanPage(document);
  const meta = scan.metas;
  const ld = readJsonLd(scan.jsonLd);
  const sources: Record<string, string> = {};
  const out: PageMetadata['meta'] & Record<string, string> = {};
  const set = (field: string, hit: { value: string; source: string } | null): void => {
    if (!hit) return;
    out[field] = hit.value;
    sources[field] = hit.source;
  };

  const canonical = scan.canonical;
  set(
    'url',
    first(
      [
        ['link:canonical', canonical],
        ...fromMeta(meta, META_KEYS.url),
        ['json-ld', ld?.url],
        ['input', givenUrl],
      ],
      (v) => absoluteUrl(v, givenUrl),
    ),
  );
  const host = out.url ? new URL(out.url).hostname.replace(/^www\./, '') : null;

  set(
    'outlet',
    first(
      [
        ...fromMeta(meta, META_KEYS.outlet).slice(0, 1),
        ['json-ld', ld?.publisher],
        ...fromMeta(meta, META_KEYS.outlet).slice(1),
        ['url', host],
      ],
      outletName,
    ),
  );

  const titleHit = first(
    [
      ['json-ld', ld?.headline],
      ...fromMeta(meta, META_KEYS.title),
      ['html:h1', scan.h1],
      ['html:title', scan.title],
    ],
    (v) => text(stripSiteName(v, out.outlet)),
  );
  if (titleHit) sources.title = titleHit.source;

  const bylineHit = first(
    [
      ['json-ld', joinBylines(ld?.authors ?? [])],
      ...fromMeta(meta, META_KEYS.byline),
      ['html:rel-author', scan.relAuthor],
      ['html:itemprop-author', scan.itempropAuthor],
      ['html:byline', scan.classByline],
    ],
    (v) => {
      const byline = joinBylines([decodeEntities(v)]);
      // a byline that only repeats the outlet's name says nothing about the author
      return byline && out.outlet && squash(byline) === squash(out.outlet) ? null : byline;
    },
  );
  if (bylineHit) sources.byline = bylineHit.source;

  set(
    'publishedAt',
    first(
      [
        ['json-ld', ld?.datePublished],
        ...fromMeta(meta, META_KEYS.published),
        ['html:time', scan.timePublished ?? scan.timeAny],
      ],
      parseDate,
    ) ?? first([['url', dateFromUrl(out.url ?? givenUrl)]], (v) => v),
  );
  set(
    'modifiedAt',
    first(
      [
        ['json-ld', ld?.dateModified],
        ...fromMeta(meta, META_KEYS.modified),
        ['html:time', scan.timeModified],
      ],
      parseDate,
    ),
  );
  set('section', first([['json-ld', ld?.section], ...fromMeta(meta, META_KEYS.section)], sectionName));
  set(
    'language',
    first(
      [['html:lang', scan.lang], ['json-ld', ld?.language], ...fromMeta(meta, META_KEYS.language)],
      language,
    ),
  );

  return { title: titleHit?.value ?? null, byline: bylineHit?.value ?? null, meta: out, sources };
}

/** A dateline date at the start of the body ("WASHINGTON, Dec. 27, 2023 — ..."), as `YYYY-MM-DD`. */
export function datelineDate(firstParagraph: string | undefined): string | null {
  return firstParagraph ? parseTextDate(firstParagraph.slice(0, 80)) : null;
}
