import type { Report, Story } from '../model/index.ts';
import { withLabels } from './labels.ts';
import type { StoryPageLinks } from './links.ts';
import { conflictHtml } from './sections/conflicts.ts';
import { coverageSection } from './sections/coverage.ts';
import { entitiesSection } from './sections/entities.ts';
import { figuresSection } from './sections/figures.ts';
import { framingSection } from './sections/framing.ts';
import { omissionsSection } from './sections/omissions.ts';
import { outletCards } from './sections/outlets.ts';
import { quotesSection } from './sections/quotes.ts';
import { pointsHtml } from './sections/summary.ts';
import { timelineSection } from './sections/timeline.ts';
import {
  type PartWindow,
  partSize,
  type StoryPageLimits,
  type StoryPageTotals,
  type StoryPart,
  windowStory,
} from './story-page-limits.ts';
import { escapeHtml, liftHeadings, plural } from './util.ts';

/** What a part is called in its "all" link and on its own pages. */
export const PART_NAMES: Readonly<Record<StoryPart, string>> = {
  outlets: 'Outlets',
  points: 'Disputed and single-source points',
  conflicts: 'Where the outlets disagree',
  coverage: 'Coverage: shared facts × articles',
  omissions: 'Shared facts not matched in an outlet',
  quotes: 'Quotes',
  figures: 'Figures',
  framing: 'Framing and tone',
  timeline: 'Timeline',
  entities: 'People, organisations, places',
};

// "all 942 shared facts", "all 305 outlets": what the link to a part's pages promises.
function allOf(story: Story, part: StoryPart, n: number): string {
  switch (part) {
    case 'outlets':
      return `All ${plural(n, 'outlet')}`;
    case 'points':
      return `All ${plural(n, 'point')}`;
    case 'conflicts':
      return `All ${plural(n, 'conflict')}`;
    case 'coverage':
      return `The whole matrix: ${plural(n, 'shared fact')} × ${plural(story.articleIds.length, 'article')}`;
    case 'omissions':
      return `Shared facts not matched, all ${plural(n, 'outlet')}`;
    case 'quotes':
      return `All ${plural(n, 'quote')}`;
    case 'figures':
      return `All ${plural(n, 'figure')}`;
    case 'framing':
      return `The framing of all ${plural(n, 'outlet')}`;
    case 'timeline':
      return `All ${plural(n, 'event')}`;
    case 'entities':
      return `All ${plural(n, 'name')}`;
  }
}

/** The body of one part of a story (its own window of the story): the same HTML the page's section holds. */
export function partBody(story: Story, report: Report, links: StoryPageLinks, part: StoryPart): string {
  switch (part) {
    case 'outlets':
      return outletCards(story, report, links);
    case 'points':
      return pointsHtml(story, report, links);
    case 'conflicts':
      return story.conflicts.map((c) => conflictHtml(c, report, links)).join('');
    case 'coverage':
      return coverageSection.html(story, report, links);
    case 'omissions':
      return omissionsSection.html(story, report, links);
    case 'quotes':
      return quotesSection.html(story, report, links);
    case 'figures':
      return figuresSection.html(story, report, links);
    case 'framing':
      return framingSection.html(story, report, links);
    case 'timeline':
      return timelineSection.html(story, report, links);
    case 'entities':
      return entitiesSection.html(story, report, links);
  }
}

/** How a story page cuts its parts: the limits, and where each part's own pages are. */
export interface PartCuts {
  readonly limits: StoryPageLimits;
  /** The first of a part's own pages (listing all its items). */
  readonly partHref: (part: StoryPart) => string;
  /** The whole story's counts, when the story given is cut already (a `StoryPagePiece`'s). */
  readonly totals?: StoryPageTotals;
}

/**
 * The story as one part of its page sees it (cut to the page's limit for that part, or whole when
 * there is none), and the link to all of it when something was left out ('' otherwise).
 */
export function cutPart(
  story: Story,
  part: StoryPart,
  cuts: PartCuts | undefined,
): { story: Story; all: string } {
  const count = cuts?.limits[part];
  if (!cuts || count === undefined) return { story, all: '' };
  const columns = part === 'coverage' ? cuts.limits.coverageOutlets : undefined;
  const window: PartWindow = {
    offset: 0,
    count,
    ...(columns !== undefined ? { outletCount: columns } : {}),
    ...(cuts.totals ? { outletOrder: cuts.totals.coverageColumns } : {}),
  };
  const cut = windowStory(story, part, window);
  const size = cuts.totals?.parts[part] ?? partSize(story, part);
  const left = size > count || (columns !== undefined && story.articleIds.length > columns);
  const all = left
    ? `<p class="px-all"><a href="${escapeHtml(cuts.partHref(part))}">${escapeHtml(allOf(story, part, size))} →</a></p>`
    : '';
  return { story: cut, all };
}

/**
 * One window of one part of a story, for the part's own pages: its items from `window.offset` (and,
 * for the coverage matrix, its outlet columns from `window.outletOffset`), every string escaped. Its
 * subparts' headings come one level below `titleLevel`, the level of the page's heading of the part.
 * @example
 * const html = renderStoryPart(story, report, links, 'quotes', { offset: 100, count: 100 });
 */
export function renderStoryPart(
  story: Story,
  unlabelled: Report,
  links: StoryPageLinks,
  part: StoryPart,
  window: PartWindow,
  titleLevel = 3,
): string {
  const report = unlabelled.articles.every((a) => a.label) ? unlabelled : withLabels(unlabelled);
  const body = partBody(windowStory(story, part, window), report, links, part);
  // its subparts' headings (h4 under the part's h3 in the report) come right below the page's title
  return `<div class="px-story px-part-page">${body ? liftHeadings(body, 3 - titleLevel) : '<p class="meta">Nothing here.</p>'}</div>`;
}
