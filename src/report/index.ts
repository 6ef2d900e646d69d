import type { Report } from '../model/index.ts';
import { withKeys } from './article-key.ts';
import { renderHtml } from './html.ts';
import { withLabels } from './labels.ts';
import { renderMarkdown } from './markdown.ts';

export { renderArticleText, storyEvidence } from './article-text.ts';
export { renderHtml } from './html.ts';
export { indentJson, renderJson } from './json.ts';
export { IN_PAGE_LINKS, type StoryPageLinks } from './links.ts';
export { renderMarkdown } from './markdown.ts';
export { renderStoryPage, type StoryPageOptions } from './story-page.ts';
export {
  COVERAGE_PAGE_OUTLETS,
  PART_PAGE_SIZE,
  type PartWindow,
  partSize,
  SERVED_LIMITS,
  STORY_PARTS,
  type StoryPageLimits,
  type StoryPageTotals,
  type StoryPart,
} from './story-page-limits.ts';
export { PART_NAMES, type PartCuts, renderStoryPart } from './story-page-parts.ts';
export {
  PIECE_VERSION,
  pieceFits,
  type StoryPagePiece,
  storyPagePiece,
} from './story-page-piece.ts';
export { STORY_PAGE_JS } from './story-page-script.ts';
export { STORY_PAGE_CSS } from './story-page-style.ts';

/** The formats a report renders to. */
export type ReportFormat = 'md' | 'json' | 'html';

/**
 * Render a report in one of its formats (JSON is pretty-printed, with a trailing newline, and every
 * article carries its reader-facing `label` and its `key`; `renderJson` gives the same JSON as bytes, faster, for a file).
 */
export function renderReport(report: Report, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(withKeys(withLabels(report)), null, 2)}\n`;
  return format === 'html' ? renderHtml(report) : renderMarkdown(report);
}
