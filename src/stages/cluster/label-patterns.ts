// What a grouped story is described by (labels.ts, topics.ts, keywords.ts, explain.ts): the bar of its
// topic, how many keywords it has and where they are read, and what `--explain-grouping` shows.

/** Topic-vector cosine from which two stories are close; topics join when most pairs across them are (no time window). */
export const SAME_TOPIC_THRESHOLD = 0.22;

/** A term heading more stories' centroids than this finds no topic neighbours (it is everywhere). */
export const MAX_TOPIC_POSTINGS = 64;

/** How many of a story's top terms are reported as its keywords. */
export const KEYWORDS = 8;

/** How many of a story's top terms are read as its keywords, of which those mostly verbs of speech are left out. */
export const KEYWORD_CANDIDATES = 12;

/** How many of a story's articles, and how much of each one's text, its keywords' written forms are read from. */
export const KEYWORD_SCAN_ARTICLES = 20;
export const KEYWORD_SCAN_CHARS = 3000;

/** How many shared names and lead terms `--explain-grouping` shows per article. */
export const EXPLAIN_TERMS = 4;
