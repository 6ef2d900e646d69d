/**
 * The web app's limits, headers and rules, named in one place.
 */

import { ARTICLE_ENDINGS } from '../stages/ingest/index.ts';

/** Largest request body accepted by the add-articles form and API, in bytes. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/** Most files (or pasted articles) one upload may hold. */
export const MAX_UPLOAD_FILES = 50;

/** Largest single uploaded file or pasted text, in bytes. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The file types the upload form names, those `parallax analyze` names (ingest's `ARTICLE_ENDINGS`,
 * without the dot); an upload of any type ingest reads keeps its type (upload.ts).
 */
export const UPLOAD_EXTENSIONS: readonly string[] = ARTICLE_ENDINGS.map((e) => e.slice(1));

/** Ingests queued or running at once; more are refused (429) until one ends, so uploads cannot pile up in memory. */
export const MAX_PENDING_JOBS = 4;

/** Finished ingest jobs kept for their progress page, newest first. */
export const KEPT_JOBS = 50;

/** Stories on one list page, by default and at most. */
export const LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 200;

/** The longest search query, in characters (the page's search box holds no more, the API refuses more). */
export const MAX_QUERY_CHARS = 500;

/** How many of the stories that changed last `parallax serve` computes the stale reports of when it starts: the list's first page. */
export const WARMED_STORIES = LIST_LIMIT;

/**
 * Reports kept in memory (parsed), by their estimated JSON size (`reportWeight`): a story of 300
 * outlets has a 22 MB report (its facts' coverage of every outlet), so a count would not bound memory.
 * And characters of rendered story pages kept.
 */
export const CACHED_REPORT_BYTES = 128 * 1024 * 1024;
export const CACHED_PAGE_CHARS = 64 * 1024 * 1024;
/** Stories whose article marks are kept (small: spans and labels). */
export const CACHED_MARKS = 512;

/** Citation chips after one statement on a served story page, then "and N more" (a fact of 300 sources). */
export const SERVED_CITATIONS = 6;

/** Neighbouring stories of the same topic shown on a story page. */
export const NEIGHBOURS = 6;

/**
 * The served pages' Content-Security-Policy: scripts and style sheets from this server only (no
 * inline script, no inline `<style>`), no plug-ins, no framing, forms posting here only. Style
 * attributes stay allowed for the report's sections, which size a few elements inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** How an outlet table's free-text leaning reads on the coverage bar, first match wins. */
export const LEANING_RULES: readonly { readonly side: Side; readonly pattern: RegExp }[] = [
  { side: 'left', pattern: /\bleft|\bliberal|\bprogressive/i },
  { side: 'right', pattern: /\bright|\bconservative/i },
  { side: 'centre', pattern: /\bcent(er|re)|\bneutral|\bbalanced/i },
];

/**
 * A side's own word in each spelling the outlet table may write it: a leaning written so is the side
 * itself, no gloss ("1 centre (center)" told nothing more).
 */
export const SIDE_OWN_WORDS: Readonly<Record<Side, readonly string[]>> = {
  left: ['left'],
  centre: ['centre', 'center'],
  right: ['right'],
  unknown: ['leaning unknown'],
};

/** Where an outlet leans, as the coverage bar groups it. */
export type Side = 'left' | 'centre' | 'right' | 'unknown';

/** The bar's order of sides, left to right. */
export const SIDES: readonly Side[] = ['left', 'centre', 'right', 'unknown'];
