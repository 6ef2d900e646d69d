/**
 * Most characters of one article's text that later stages analyse: about 20,000 words, longer than
 * nearly any news article. Past it, the article is cut after its last whole paragraph that fits and
 * an issue says so, so one huge or hostile input cannot hold up the run (issue 16).
 */
export const MAX_ARTICLE_CHARS = 120_000;

/** Most paragraphs of one article that later stages analyse (a page of 100,000 `<p>` is cut here). */
export const MAX_PARAGRAPHS = 2_000;
