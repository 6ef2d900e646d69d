/**
 * Most characters of one article's text that later stages analyse: about 40,000 words, longer than
 * nearly any news article. Past it, the article is cut after its last whole paragraph that fits and
 * an issue says so, so one huge or hostile input cannot hold up the run (issue 16). Raised from
 * 120,000 once compare and summarize were made linear: `npm run bench:hostile -- --cut 250000` took
 * at most 5.3 s of CPU (all threads) for any 1 MB case.
 */
export const MAX_ARTICLE_CHARS = 250_000;

/** Most paragraphs of one article that later stages analyse (a page of 100,000 `<p>` is cut here). */
export const MAX_PARAGRAPHS = 2_000;
