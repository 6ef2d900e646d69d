import type { Evidence, Report } from '../../model/index.ts';
import {
  renderStoryPage,
  SERVED_LIMITS,
  type StoryPageLimits,
  type StoryPageLinks,
  type StoryPageTotals,
} from '../../report/index.ts';
import { type SplitPart, splitNote } from '../../store/story-moves.ts';
import type { StorySummary } from '../../store/types.ts';
import { coverageBar, coverageLegend, coverageOf, type Leanings } from '../coverage-bar.ts';
import { daySpan, escapeHtml, plural } from '../html.ts';
import { SERVED_CITATIONS } from '../patterns.ts';

/**
 * The URL of a piece of evidence: its article's page with the span highlighted (`hl`), scrolled to
 * (`#s-START-END`), and a way back to the story (`from`). Unescaped: escape it for an attribute.
 */
export function evidenceHref(evidence: Evidence, storyId: string): string {
  const span = `${evidence.span.start}-${evidence.span.end}`;
  return `/articles/${encodeURIComponent(evidence.articleId)}?hl=${span}&from=${encodeURIComponent(storyId)}#s-${span}`;
}

/** Where the story page's links go when served: articles' pages (the cited span highlighted) and stories' pages. */
export function servedLinks(storyId: string): StoryPageLinks {
  return {
    citationHref: (articleId, span) => evidenceHref({ articleId, span }, storyId),
    articleHref: (articleId) => `/articles/${encodeURIComponent(articleId)}`,
    storyHref: (id) => `/stories/${encodeURIComponent(id)}`,
    maxCitations: SERVED_CITATIONS,
  };
}

/** The story's coverage bar by leaning, with the one-side flag. */
export function storyCoverage(summary: StorySummary, leanings: Leanings): string {
  const coverage = coverageOf(summary.outlets, leanings, summary.unnamedArticles);
  const flag = coverage.oneSide ? ` <span class="flag">Covered by the ${coverage.oneSide} only</span>` : '';
  const legend = coverageLegend(coverage);
  // no leaning known: no bar of only unknowns
  return `<p><a class="back" href="/">← All stories</a></p>${
    legend ? `\n<div class="coverage">${coverageBar(coverage)}<p class="meta">${legend}${flag}</p></div>` : ''
  }`;
}

/**
 * The report's story page (summary, outlets, conflicts, details) with served links; its long parts cut
 * to `SERVED_LIMITS`, each linking to its own pages (`/stories/:id/:part`). `totals` when the report
 * is a story page piece's (`pageSourceOf`).
 */
export function storyPage(
  summary: StorySummary,
  report: Report,
  limits: StoryPageLimits = SERVED_LIMITS,
  totals?: StoryPageTotals,
): string {
  const story = report.stories[0];
  const partHref = (part: string) => `/stories/${encodeURIComponent(summary.id)}/${part}`;
  return story
    ? renderStoryPage(story, report, servedLinks(summary.id), {
        headingLevel: 1,
        cuts: { limits, partHref, ...(totals ? { totals } : {}) },
      })
    : `<h1>${escapeHtml(summary.title)}</h1><p class="notice">This story has no report yet.</p>`;
}

/** Other stories of the same topic, linked, or '' when there are none. */
export function neighboursSection(neighbours: readonly StorySummary[]): string {
  if (!neighbours.length) return '';
  return `<section class="neighbours" aria-labelledby="near"><h2 id="near">More on this topic</h2><ul>${neighbours
    .map(
      (n) =>
        `<li><a href="/stories/${encodeURIComponent(n.id)}">${escapeHtml(n.title)}</a> <small>${escapeHtml(daySpan(n.firstAt, n.lastAt))} · ${plural(n.articleCount, 'article')}</small></li>`,
    )
    .join('')}</ul></section>`;
}

/**
 * What a reader who opened story id `asked` is told of where its articles went: merged into the story
 * shown (`shown`), and the parts the grouping split off it, linked; '' when neither.
 */
export function movedNotice(asked: string, shown: string, parts: readonly SplitPart[]): string {
  const merged = asked === shown ? '' : `Story ${escapeHtml(asked)} was merged into this story. `;
  const link = (id: string) => `<a href="/stories/${encodeURIComponent(id)}">${escapeHtml(id)}</a>`;
  const split = splitNote(escapeHtml(asked), parts, link);
  const text = `${merged}${split ? `${split.charAt(0).toUpperCase()}${split.slice(1)}.` : ''}`.trim();
  return text ? `<p class="notice moved">${text}</p>\n` : '';
}
