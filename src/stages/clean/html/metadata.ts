import { readGenre } from '../../../text/genre.ts';
import { type OutletHit, outletFromUrl } from '../outlet.ts';
import { parseByline } from '../text/byline.ts';
import { certainKind } from '../text/classify.ts';
import { cleanByline, joinBylines } from './byline.ts';
import { dateFromUrl, parseDate, parseTextDate } from './dates.ts';
import type { DomDocument } from './dom.ts';
import { decodeEntities } from './entities.ts';
import { readJsonLd } from './json-ld.ts';
import {
  absoluteUrl,
  language,
  META_KEYS,
  outletName,
  sectionName,
  squash,
  stripSiteName,
  text,
} from './meta-values.ts';
import { scanPage } from './page-scan.ts';
import { templateDate } from './template-date.ts';

const outletHit = (hit: OutletHit | null) => (hit ? { value: hit.name, source: hit.source } : null);

/** Metadata read from a page, each value with where it came from. */
export interface PageMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly meta: Partial<
    Record<'outlet' | 'url' | 'publishedAt' | 'modifiedAt' | 'language' | 'section' | 'genre', string>
  >;
  readonly sources: Record<string, string>;
  /** The JSON-LD's `articleBody`, entities decoded; null when it has none. */
  readonly articleBody: string | null;
  /** A machine date set aside for the page's visible one (`templateDate`), both as read; null when none. */
  readonly setAside: { readonly given: string; readonly source: string; readonly visible: string } | null;
  /** The whole text of the first element marked as a byline by its class ("By Oda Renn. Published 30 November 2026"). */
  readonly bylineText: string | null;
}

/**
 * A page's title tag as a headline, without a site name after it: null when the cleaner's line rules
 * read it as something else (a dateline "Updated: March 4, 2025 10:15 IST", a "By …" byline, a credit,
 * boilerplate; clean/text/classify.ts certainKind, as for a JSON title) or when it is only the outlet's
 * name ("The Almsby Gazette"), so that the next candidate is read.
 */
export function pageHeadline(value: string, outlet: string | undefined): string | null {
  const headline = text(stripSiteName(value, outlet));
  if (headline === null || certainKind(headline) !== null) return null;
  return outlet && squash(headline) === squash(outlet) ? null : headline;
}

type Candidate = readonly [source: string, value: string | null | undefined];

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

  // a well-known news domain's curated name beats the page's own tags ("NYTimes", "usatoday", "U.S.")
  const fromUrl = outletFromUrl(out.url);
  set(
    'outlet',
    (fromUrl?.source === 'url:known-domain' ? outletHit(fromUrl) : null) ??
      first(
        [
          ...fromMeta(meta, META_KEYS.outlet).slice(0, 1),
          ['json-ld', ld?.publisher],
          ...fromMeta(meta, META_KEYS.outlet).slice(1),
        ],
        outletName,
      ) ??
      outletHit(fromUrl),
  );

  const titleHit = first(
    [
      ['json-ld', ld?.headline],
      ...fromMeta(meta, META_KEYS.title),
      ['html:h1', scan.h1],
      ['html:title', scan.title],
    ],
    (v) => pageHeadline(v, out.outlet),
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
  // a midnight-UTC or day-only machine date days before the date the page shows (a time marked as
  // published, else the time nearest the headline) is a template's default
  const near = scan.timeShown;
  const shown =
    first([['html:time', scan.timePublished ?? near?.datetime]], parseDate) ??
    first([['html:time-text', near?.text]], parseTextDate);
  let setAside: PageMetadata['setAside'] = null;
  const given = out.publishedAt;
  const givenSource = sources.publishedAt ?? '';
  if (given && shown && /^(?:json-ld|meta:)/.test(givenSource) && templateDate(given, shown.value)) {
    setAside = { given, source: givenSource, visible: shown.value };
    set('publishedAt', shown);
  }
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
  // an opinion piece by its JSON-LD type; its section, URL and kicker are read when it is assembled
  const genre = readGenre({ type: ld?.type });
  if (genre) set('genre', { value: genre.genre, source: genre.from });
  set(
    'language',
    first(
      [['html:lang', scan.lang], ['json-ld', ld?.language], ...fromMeta(meta, META_KEYS.language)],
      language,
    ),
  );

  return {
    title: titleHit?.value ?? null,
    byline: bylineHit?.value ?? null,
    meta: out,
    sources,
    articleBody: ld?.body ? decodeEntities(ld.body) : null,
    setAside,
    bylineText: scan.classByline ? decodeEntities(scan.classByline) : null,
  };
}

/** A dateline date at the start of the body ("WASHINGTON, Dec. 27, 2023 — ..."), as `YYYY-MM-DD`. */
export function datelineDate(firstParagraph: string | undefined): string | null {
  return firstParagraph ? parseTextDate(firstParagraph.slice(0, 80)) : null;
}

// An update's line dates a later version, not the article's publication.
const UPDATE_WORD =
  /\b(?:updated|modified|edited|aktualisiert|actualizado|atualizado|mis à jour|aggiornato|bijgewerkt)\b/iu;

/**
 * The author and date of the byline or dateline line the text filters took out above the article's
 * text ("By Oda Renn, 30 November 2026" under a print version's headline), for a page whose metadata
 * names neither: the date as `YYYY-MM-DD`, never an update's ("Updated: 1 December 2026"; a line
 * giving both is read up to its update word). The page's outlet named in the line is no co-author.
 */
export function bylineLine(
  removed: readonly { readonly text: string; readonly reason: string }[],
  outlet?: string | null,
): {
  byline: string | null;
  date: string | null;
} {
  let byline: string | null = null;
  let date: string | null = null;
  const own = outlet?.toLowerCase();
  for (const line of removed) {
    if (line.reason !== 'byline' && line.reason !== 'dateline') continue;
    const update = line.text.search(UPDATE_WORD);
    const head = update < 0 ? line.text : line.text.slice(0, update);
    if (line.reason === 'byline') {
      // one author with a role after the name ("Jane Roe Economics editor · Dec 4"): the name alone
      const cleaned = cleanByline(head);
      const single = cleaned && !/,|\band\b|&/.test(cleaned) ? parseByline(head) : null;
      const named = single ?? cleaned;
      const names = named?.split(/,\s*/).filter((part) => part.toLowerCase() !== own);
      byline ??= names?.length ? names.join(', ') : null;
    }
    date ??= parseTextDate(head.slice(0, 80));
  }
  return { byline, date };
}
