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

/**
 * A headline that opens with an opinion label before its own words: "Opinion: Drossmouth knew",
 * "Comment | The wall was too low", "Editorial – …", "Letters: …" (not "Opinion is divided …").
 */
export const OPINION_HEADLINE =
  /^\s*(?:opinion|comment|commentary|editorial|op-?ed|column|viewpoint|letters?(?:\s+to\s+the\s+editor)?)\s*(?:[:|–—]|\s-\s)\s*\S/i;

/**
 * A line saying the piece is opinion: "This is an opinion column.", "The views expressed are the
 * author's own", "Opinions in this piece are those of the writer" (read in its first paragraphs
 * and its last, where outlets put it).
 */
export const OPINION_DISCLAIMER = new RegExp(
  [
    String.raw`\b(?:this|the following)\s+(?:is|was)\s+(?:an?\s+)?(?:opinion|comment|commentary|op-?ed|editorial|guest)\s+(?:column|piece|article|essay|post)\b`,
    String.raw`\b(?:views|opinions)\s+(?:expressed\s+)?(?:(?:here|in\s+this\s+\w+|above|below)\s+)?are\s+(?:the\s+(?:writer|author|columnist|contributor)(?:['’]s|s['’])(?:\s+own)?|those\s+of\s+the\s+(?:writer|author|columnist|contributor)s?)\b`,
  ].join('|'),
  'i',
);
