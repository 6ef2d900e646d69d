// What marks an article as opinion (a column, an editorial, a comment piece, a letter) rather than a
// news report, as outlets mark it in their pages; general English and schema.org, no outlet's own.

/** A JSON-LD `@type` of an opinion piece (schema.org's OpinionNewsArticle). */
export const OPINION_TYPE = /\bOpinionNewsArticle\b/;

/** A section name of opinion: "Opinion", "Comment", "Commentary", "Editorials", "Op-Ed", "Columnists", "Letters". */
export const OPINION_SECTION =
  /^\s*(?:opinions?|comment(?:ary|aries)?|comment is free|editorials?|op-?eds?|columns?|columnists?|letters(?:\s+to\s+the\s+editor)?|views?|viewpoints?)\s*(?:$|[/|&,:–—-])/i;

/** A URL path segment of an opinion section ("opinion", "commentisfree", "op-ed"), the whole segment. */
export const OPINION_SEGMENT =
  /^(?:opinions?|comment|commentisfree|commentary|editorials?|op-?eds?|columnists?|letters)$/i;

/** A URL path segment after a story's own that is no story: a page's number, an index file, a format. */
export const PAGE_SEGMENT = /^(?:(?:page|p)[-_]?\d+|index\.\w+|amp|print)$/i;

/** A kicker opening the text, a paragraph of its own: "Opinion.", "OPINION", "Comment", "Editorial:". */
export const OPINION_KICKER = /^\s*(?:opinion|comment|commentary|editorial|op-?ed|column)\s*[.:|–—-]?\s*$/i;
