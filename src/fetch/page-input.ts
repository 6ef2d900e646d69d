import { gunzipSync, gzipSync } from 'node:zlib';
import { parseDate } from '../stages/clean/html/dates.ts';
import type { InputFile } from '../stages/ingest/index.ts';
import { decodeBody } from './charset.ts';

/**
 * A fetched page as the pipeline's input: its text decoded by its real charset and handed on as
 * UTF-8, its path its URL, its format HTML, with what the sources file says (the outlet, which wins)
 * and what the feed says (title, date, author, which fill only gaps).
 */

/** What a listing said of a page, kept with the page (`FetchedPage.listed`). */
export type ListedMeta = Readonly<
  Partial<Record<'title' | 'publishedAt' | 'updatedAt' | 'author' | 'outlet', string>>
>;

/** The pipeline input for a page's bytes. */
export function pageInput(page: {
  readonly url: string;
  readonly finalUrl: string | null;
  readonly body: Uint8Array;
  readonly contentType: string | null;
  readonly source: string | null;
  readonly listed: ListedMeta | null;
}): InputFile {
  const { text } = decodeBody(page.body, page.contentType);
  const listed = page.listed ?? {};
  // a listing's date stored raw before listings were read to ISO (`entry`) is read now, or left out
  const publishedAt = parseDate(listed.publishedAt);
  // an update time the listing gives, after the publication it gives, is when the page last changed
  // (a correction is dated by it); one equal to it, or alone, says nothing of a change
  const updatedAt = parseDate(listed.updatedAt);
  const changed = publishedAt && updatedAt && Date.parse(updatedAt) > Date.parse(publishedAt);
  const defaults = {
    ...(listed.title ? { title: listed.title } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(changed ? { modifiedAt: updatedAt } : {}),
    ...(listed.author ? { byline: listed.author } : {}),
    ...(listed.outlet ? { outlet: listed.outlet } : {}),
    url: page.finalUrl ?? page.url,
  };
  return {
    path: page.url,
    bytes: new TextEncoder().encode(text),
    // a page served as plain text is read as the scraped text it is
    format: /^\s*text\/plain\b/i.test(page.contentType ?? '') ? 'text' : 'html',
    ...(page.source ? { given: { outlet: page.source }, givenSource: 'sources' } : {}),
    defaults,
    defaultsSource: 'feed',
  };
}

/**
 * True for a Content-Type that holds a web page (or none, left to the bytes to say), and for a page
 * served as mere bytes (application/octet-stream: a static server's file with no extension) whose
 * `body` opens as HTML does ("<!doctype html", "<html").
 */
export function isPageType(contentType: string | null, body?: Uint8Array): boolean {
  if (!contentType) return true;
  if (/^\s*(text\/html|application\/xhtml\+xml|text\/plain)\b/i.test(contentType)) return true;
  return (
    /^\s*(?:application|binary)\/octet-stream\b/i.test(contentType) && body !== undefined && opensAsHtml(body)
  );
}

// Whether bytes open as an HTML page does: a byte-order mark and white space, then "<!doctype html" or "<html".
const opensAsHtml = (body: Uint8Array): boolean =>
  /^\uFEFF?\s*<(?:!doctype\s+html|html)\b/i.test(new TextDecoder().decode(body.subarray(0, 256)));

/** The raw bytes as the store keeps them. */
export const packRaw = (body: Uint8Array): Uint8Array => new Uint8Array(gzipSync(body, { level: 6 }));

/** The raw bytes back from the store. */
export const unpackRaw = (raw: Uint8Array): Uint8Array => new Uint8Array(gunzipSync(raw));
