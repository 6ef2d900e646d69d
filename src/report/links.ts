import type { Span } from '../model/index.ts';

/** Where the story page's links go: in-page anchors in the single-file report, pages when served. */
export interface StoryPageLinks {
  /** The cited sentence in its article; must end in `#ev-<articleId>-<start>-<end>` (see `evidenceAnchor`). */
  readonly citationHref: (articleId: string, span: Span) => string;
  /** The article's cleaned text. */
  readonly articleHref: (articleId: string) => string;
  /** Another story of the report (a neighbour of the same topic). */
  readonly storyHref: (storyId: string) => string;
  /**
   * At most this many citation chips after one statement (one per article), then "and N more": a
   * served page of a story of hundreds of outlets caps them; the single file shows all (left out).
   */
  readonly maxCitations?: number;
}

/** The single-file report's links: every target is an anchor in the same page. */
export const IN_PAGE_LINKS: StoryPageLinks = {
  citationHref: (articleId, span) => `#ev-${articleId}-${span.start}-${span.end}`,
  articleHref: (articleId) => `#article-${articleId}`,
  storyHref: (storyId) => `#story-${storyId}`,
};
