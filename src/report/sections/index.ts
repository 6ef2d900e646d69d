import { articlesSection } from './articles.ts';
import { conflictsSection } from './conflicts.ts';
import { correctionsSection } from './corrections.ts';
import { coverageSection } from './coverage.ts';
import { differencesSection } from './differences.ts';
import { entitiesSection } from './entities.ts';
import { figuresSection } from './figures.ts';
import { framingSection } from './framing.ts';
import { omissionsSection } from './omissions.ts';
import { quoteMatrixSection } from './quote-matrix.ts';
import { quotesSection } from './quotes.ts';
import { summarySection } from './summary.ts';
import { timelineSection } from './timeline.ts';
import type { ReportSection } from './types.ts';

export type { ReportSection } from './types.ts';

/**
 * The sections of a story, in reading order: the summary first, the evidence after it. Each stage's
 * section lives in its own file here; add one line to this list to show it in the Markdown report.
 * The HTML story page (`../story-page.ts`) lays their HTML out itself: overview first, the rest
 * behind expanders.
 */
export const SECTIONS: readonly ReportSection[] = [
  summarySection,
  coverageSection,
  conflictsSection,
  differencesSection,
  correctionsSection,
  omissionsSection,
  quoteMatrixSection,
  framingSection,
  timelineSection,
  articlesSection,
  entitiesSection,
  quotesSection,
  figuresSection,
];

/**
 * The sections of a story told by one article: what that article holds (its dated events, itself,
 * its names, quotes and figures), none of the comparisons, which would only list each of its
 * sentences as "found in one source only" and tables of one column; its editors' notes are its own. The story page shows such a
 * story the same way: no analysis, just the article.
 */
export const ONE_ARTICLE_SECTIONS: readonly ReportSection[] = [
  correctionsSection,
  timelineSection,
  articlesSection,
  entitiesSection,
  quotesSection,
  figuresSection,
];
