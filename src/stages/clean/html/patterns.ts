/** Tunables of the HTML extractor, named in one place. */

/** Readability gives up on documents with more elements than this (a time budget proxy). */
export const MAX_ELEMENTS = 60_000;
/** Readability is not run on pages nesting deeper than this (its run time grows steeply with depth). */
export const MAX_DEPTH = 150;
/** The block walk reads anything nested deeper than this as one block of text. */
export const MAX_WALK_DEPTH = 400;
/** Documents longer than this many characters are cut before parsing (pathological inputs). */
export const MAX_HTML_CHARS = 6_000_000;
/** An element rule never removes an element holding more than this share of the page's long paragraphs. */
export const PROTECT_SHARE = 0.3;
/** A paragraph at least this long counts as a "long paragraph" of the page. */
export const LONG_PARAGRAPH_CHARS = 120;
/** Below this many words, Readability's result is taken as "too little" and the fallback is tried. */
export const MIN_WORDS = 120;
/** The fallback replaces Readability's result only when it has this many times more words. */
export const FALLBACK_GAIN = 1.5;
/** Below this many words Readability is taken to have found nothing, and any longer fallback wins. */
export const MIN_PRIMARY_WORDS = 25;
/** Otherwise the fallback must hold this share of Readability's paragraphs (same article, wider). */
export const FALLBACK_OVERLAP = 0.8;
/** Readability's minimum article length in characters (its default is 500). */
export const CHAR_THRESHOLD = 400;
/** How many first and last paragraphs count as the article's edges (bylines, datelines). */
export const EDGE_PARAGRAPHS = 3;
/** A kept paragraph this long opens the article's text: byline lines are read only above it. */
export const LEAD_WORDS = 12;
/** A paragraph that is all link text with at most this many words is a teaser link. */
export const TEASER_MAX_WORDS = 20;
/** Share of link characters above which a paragraph counts as all link. */
export const LINK_DENSITY = 0.85;

/** Block-level tags: each starts a new paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

/** Heading tags, kept as `heading` paragraphs. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Tags whose content is never text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'iframe',
  'select',
  'option',
  'input',
  'textarea',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'object',
  'embed',
  'canvas',
  'head',
  'title',
  'link',
  'meta',
]);

/** Table cells: their texts are joined with a space inside the row's paragraph. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Whitespace runs (including no-break spaces) inside a paragraph. */
export const SPACES = /[\s\u00a0\u200b]+/g;
/** Word count for the extractor's own thresholds. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** A share widget glued to the end of a paragraph ("...every day.Click To Tweet"): cut off, the rest kept. */
export const WIDGET_TAIL = /\s*click to tweet\s*$/i;
