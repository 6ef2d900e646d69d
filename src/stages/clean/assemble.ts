import type { Article, ArticleParts, InputDefaults, Paragraph, RawArticle } from '../../model/index.ts';
import { publishedUtcDay } from '../../text/dates/published.ts';
import { readGenre } from '../../text/genre.ts';
import { countWords } from '../../text/normalise.ts';
import { parseDate } from './html/dates.ts';
import { type OutletHit, outletFromText, outletFromUrl } from './outlet.ts';
import { certainKind } from './text/classify.ts';

/**
 * The outlet of a document without one in its metadata: a well-known news domain of its URL, else a
 * signature in scraped text (aggregator disclaimer, copyright line, masthead), else the URL's domain.
 */
function inferOutlet(raw: RawArticle, parts: ArticleParts, url: string | null): OutletHit | null {
  const fromUrl = outletFromUrl(url);
  if (fromUrl?.source === 'url:known-domain') return fromUrl;
  return (raw.format === 'text' ? outletFromText(raw.content, parts.removed) : null) ?? fromUrl;
}

/**
 * A title given apart from the text, trimmed, unless the cleaner's certain line readers (`certainKind`)
 * read it as something else.
 */
function headline(title: string | null | undefined): string | undefined {
  const text = title?.trim();
  return text && certainKind(text) === null ? text : undefined;
}

/**
 * A date given apart from the document (a JSON record's `publishedAt` or `date`), read as a page's
 * metadata dates are, to the same form ("2026-10-12T09:15:00+02:00" as it is, "…T07:15Z" and
 * "2026-10-12 07:15" as `2026-10-12T07:15:00.000Z`; "March 4, 2025", "4 March 2025", epoch seconds);
 * null when it reads as no date ("04/03/2025": March or April?). Unread, it would be shown as the
 * article's date while the timeline and the grouping, which read ISO days only, took it for none.
 */
export function givenDate(value: string | undefined): string | null {
  const text = value?.trim();
  return text ? parseDate(text) : null;
}

/**
 * Turn extracted parts into an Article: paragraphs joined by a blank line into `text`, each paragraph
 * located by its span; metadata given by the input (a JSON field, or the manifest) wins over what was
 * found in the document, and an outlet not found in it is inferred (`inferOutlet`).
 */
export function assembleArticle(raw: RawArticle, parts: ArticleParts): Article {
  const body: string[] = [];
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const paragraph of parts.paragraphs) {
    const clean = paragraph.text.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (!clean) continue;
    if (text) text += '\n\n';
    paragraphs.push({ kind: paragraph.kind, span: { start: text.length, end: text.length + clean.length } });
    text += clean;
    body.push(clean);
  }
  const sources: Record<string, string> = { ...parts.metadataSources };
  // what the input says elsewhere (a feed) fills only what the document leaves empty
  const fallback = (field: keyof InputDefaults): string | null => {
    const value = raw.defaults?.[field]?.trim();
    if (!value) return null;
    sources[field] = raw.defaultsSource ?? 'input';
    return value;
  };
  const pick = (
    field: Exclude<keyof ArticleParts['meta'] & keyof RawArticle['given'], 'language'>,
  ): string | null => {
    // a given date that reads as none gives way to the document's own (clean's issue names it)
    const given =
      field === 'publishedAt' || field === 'modifiedAt' ? givenDate(raw.given[field]) : raw.given[field];
    // a day alone given for the document's own day keeps the document's time (a manifest's
    // "2026-12-03" for a page of 2026-12-03T22:30Z): they agree, and the time tells which came first.
    // The day must be the time's in the writer's zone (its first ten characters, what "on Monday" is
    // read against) and in UTC (the day the summary orders it by): "2026-12-03T23:30-05:00" is the 4th there
    const own = parts.meta[field];
    const sameDay =
      own &&
      own.length > 10 &&
      own.startsWith(given ?? '-') &&
      publishedUtcDay(own)?.startsWith(given ?? '-');
    if (given && /^\d{4}-\d{2}-\d{2}$/.test(given) && sameDay) return own;
    if (given) {
      sources[field] = raw.givenSources?.[field] ?? 'input';
      return given;
    }
    return parts.meta[field] ?? fallback(field);
  };
  // a title given apart from the text is trusted only when it could head it: a dateline ("Updated:
  // November 11, 2011 20: 09 IST"), a byline or boilerplate is no headline, and the text's own is kept
  const givenTitle = headline(raw.given.title);
  if (givenTitle) sources.title = raw.givenSources?.title ?? 'input';
  const defaultTitle =
    givenTitle || (parts.title && !parts.titleInferred) || !headline(raw.defaults?.title)
      ? null
      : fallback('title');
  const url = pick('url');
  let outlet = pick('outlet');
  if (outlet === null) {
    const inferred = inferOutlet(raw, parts, url);
    if (inferred) [outlet, sources.outlet] = [inferred.name, inferred.source];
  }
  // a language given by the input (a JSON record's) wins over the page's own, as its other fields do
  const givenLanguage = raw.given.language?.trim() || null;
  if (givenLanguage) sources.language = 'input';
  const section = parts.meta.section ?? null;
  // an opinion piece: its page's type (read with the metadata), else its section, URL or kicker
  const genre =
    parts.meta.genre === 'opinion'
      ? { genre: 'opinion' as const, from: parts.metadataSources.genre ?? 'json-ld:@type' }
      : readGenre({
          section,
          url,
          firstParagraph: body[0],
          headline: givenTitle || defaultTitle || parts.title,
          paragraphs: body,
        });
  if (genre) sources.genre = genre.from;
  return {
    id: raw.id,
    source: raw.source,
    title: givenTitle || defaultTitle || parts.title,
    titleInferred: givenTitle || defaultTitle ? false : parts.titleInferred,
    byline: parts.byline ?? fallback('byline'),
    outlet,
    url,
    publishedAt: pick('publishedAt'),
    modifiedAt: pick('modifiedAt'),
    language: givenLanguage ?? parts.meta.language ?? null,
    section,
    ...(genre ? { genre: genre.genre } : {}),
    metadataSources: sources,
    text,
    body,
    paragraphs,
    removed: [...parts.removed],
    media: [...parts.media],
    wordCount: countWords(text),
    syndicatedFrom: null,
    syndicationNote: null,
  };
}
