import type { Report, Story } from '../model/index.ts';
import { withLabels } from './labels.ts';
import { IN_PAGE_LINKS, type StoryPageLinks } from './links.ts';
import { conflictHtml } from './sections/conflicts.ts';
import { correctionsHtml, correctionsOf } from './sections/corrections.ts';
import { storyArticles, worthRow } from './sections/coverage.ts';
import { differencesHtml, differencesOf } from './sections/differences.ts';
import { quoteMatrixSection } from './sections/quote-matrix.ts';
import { summarySection } from './sections/summary.ts';
import { articleTexts, storyHeader } from './story-head.ts';
import type { StoryPart } from './story-page-limits.ts';
import { cutPart, type PartCuts, partBody } from './story-page-parts.ts';
import { escapeHtml, liftHeadings } from './util.ts';

/** How the story page is put together where it is shown. */
export interface StoryPageOptions {
  /** Include the story's article texts (collapsed) so citations are anchors in the same page: the single file. */
  readonly inlineArticles?: boolean;
  /**
   * The level of the story's headline: 1 on its own page (served), 2 inside the report file; its parts'
   * headings are one level below it, their subparts' two.
   */
  readonly headingLevel?: 1 | 2;
  /**
   * Cut the long parts (cards, points, conflicts, matrix, quotes, …) to limits, each followed by a
   * link to the part's own pages (served pages of big stories); every item is shown when left out.
   */
  readonly cuts?: PartCuts;
}

// The conflicts shown open in the overview (the first in the report's order); the rest wait behind an expander.
const TOP_CONFLICTS = 1;

interface Part {
  readonly id: string;
  readonly title: string;
  /** Its name in the section menu. */
  readonly menu: string;
  readonly count: string;
  readonly body: string;
}

// One expander of the details part: closed, its body carrying the id the section menu links to
// (fragment navigation opens the expander in Chromium; the script opens it elsewhere).
function expander(story: Story, part: Part): string {
  return `<details class="px-section"><summary><h3>${escapeHtml(part.title)}${part.count ? ` <small>${escapeHtml(part.count)}</small>` : ''}</h3></summary><div class="px-body" id="${escapeHtml(`${story.id}-${part.id}`)}">${part.body}</div></details>`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Which outlet carries which quote, as the Markdown report's table (its own limit of rows), above the
// quotes by speaker. A cut page (served) shows the rows of the quotes it lists, and no table when the
// story has more articles than the coverage matrix shows columns (its part's pages list every quote).
function quoteMatrix(story: Story, report: Report, links: StoryPageLinks, cuts?: PartCuts): string {
  const columns = cuts?.limits.coverageOutlets;
  if (columns !== undefined && storyArticles(story, report).length > columns) return '';
  const listed = new Set(cutPart(story, 'quotes', cuts).story.quotes.map((q) => q.id));
  const rows = story.quoteMatrix.filter((row) => listed.has(row.quoteId));
  const html = quoteMatrixSection.html({ ...story, quoteMatrix: rows }, report, links);
  return html ? `<h4>${escapeHtml(quoteMatrixSection.title)}</h4>${html}` : '';
}

function detailParts(story: Story, report: Report, links: StoryPageLinks, cuts?: PartCuts): Part[] {
  // the matrix's columns are articles (an outlet with three articles has three)
  const columns = storyArticles(story, report).length;
  // a piece's story is cut: its totals count the whole story
  const totals = cuts?.totals;
  const shownFacts = totals?.parts.coverage ?? story.facts.filter(worthRow).length;
  // a part's body: its items (cut to the page's limit), then the link to all of them
  const body = (part: StoryPart) => {
    const cut = cutPart(story, part, cuts);
    const html = partBody(cut.story, report, links, part);
    return html ? html + cut.all : '';
  };
  const coverage = body('coverage');
  const omissions = body('omissions');
  const matrix = quoteMatrix(story, report, links, cuts);
  const speakers = totals?.speakers ?? new Set(story.quotes.map((q) => q.speaker?.name ?? '')).size;
  const dates = totals?.timelineDates ?? new Set(story.timeline.map((e) => e.date)).size;
  const disputed = totals?.disputedPoints ?? story.points.filter((p) => p.kind === 'disputed').length;
  const points = totals?.parts.points ?? story.points.length;
  const differences = differencesOf(story).length;
  const quotes = totals?.parts.quotes ?? story.quotes.length;
  const events = totals?.parts.timeline ?? story.timeline.length;
  const parts: Part[] = [
    {
      id: 'points',
      title: 'Disputed and single-source points',
      menu: 'Points',
      // the differences to check are listed above the details: said here, so "0 disputed" does not
      // read as "no outlet gives another figure"
      count: `${disputed} disputed, ${points - disputed} from one source${differences ? `; ${plural(differences, 'difference')} to check above` : ''}`,
      body: body('points'),
    },
    {
      id: 'coverage',
      title: 'Coverage',
      menu: 'Coverage',
      count: `${plural(shownFacts, 'shared fact')} × ${plural(columns, 'article')}`,
      body: coverage + (omissions ? `<h4>Shared facts not matched in an outlet</h4>${omissions}` : ''),
    },
    {
      id: 'quotes',
      title: 'Quotes',
      menu: 'Quotes',
      count: `${plural(quotes, 'quote')}, ${plural(speakers, 'speaker')}`,
      body: matrix + body('quotes'),
    },
    {
      id: 'figures',
      title: 'Figures',
      menu: 'Figures',
      count: plural(totals?.parts.figures ?? story.figures.length, 'figure'),
      body: body('figures'),
    },
    {
      id: 'framing',
      title: 'Framing and tone',
      menu: 'Framing',
      count: '',
      body: body('framing'),
    },
    {
      id: 'timeline',
      title: 'Timeline',
      menu: 'Timeline',
      count: `${plural(events, 'event')} on ${plural(dates, 'date')}`,
      body: body('timeline'),
    },
    {
      id: 'entities',
      title: 'People, organisations, places',
      menu: 'Names',
      count: plural(totals?.parts.entities ?? story.entities.length, 'name'),
      body: body('entities'),
    },
  ];
  return parts.filter((p) => p.body.trim());
}

function conflictsPart(story: Story, report: Report, links: StoryPageLinks, cuts?: PartCuts): string {
  const total = cuts?.totals?.parts.conflicts ?? story.conflicts.length;
  if (!total) return '';
  const cut = cutPart(story, 'conflicts', cuts);
  const shown = cut.story.conflicts;
  const top = shown.slice(0, TOP_CONFLICTS).map((c) => conflictHtml(c, report, links));
  const rest = shown.slice(TOP_CONFLICTS).map((c) => conflictHtml(c, report, links));
  const hidden = total - TOP_CONFLICTS;
  const more = rest.length
    ? `<details class="px-more"><summary>${plural(hidden, 'more conflict')}</summary>${rest.join('')}${cut.all}</details>`
    : '';
  return `<section class="px-part" aria-labelledby="${escapeHtml(story.id)}-conflicts-h"><h3 id="${escapeHtml(story.id)}-conflicts-h"><span class="px-anchor" id="${escapeHtml(story.id)}-conflicts"></span>Where the outlets disagree <small>${plural(total, 'conflict')}</small></h3>${top.join('')}${more}</section>`;
}

// Another figure, date or account of one fact, by a clash not proven a contradiction: after the
// conflicts, never counted among them, its outlets neither ✓ nor ✗ in the table.
function differencesPart(story: Story, report: Report, links: StoryPageLinks): string {
  const n = differencesOf(story).length;
  if (!n) return '';
  const id = escapeHtml(story.id);
  return `<section class="px-part" aria-labelledby="${id}-differences-h"><h3 id="${id}-differences-h"><span class="px-anchor" id="${id}-differences"></span>Differences to check <small>${plural(n, 'difference')}</small></h3>${differencesHtml(story, report, links)}</section>`;
}

// The outlets' corrections, clarifications and update notes on their own articles, at a glance.
function correctionsPart(story: Story, report: Report, links: StoryPageLinks): string {
  const n = correctionsOf(story).length;
  if (!n) return '';
  const id = escapeHtml(story.id);
  return `<section class="px-part" aria-labelledby="${id}-corrections-h"><h3 id="${id}-corrections-h"><span class="px-anchor" id="${id}-corrections"></span>Corrections and updates <small>${plural(n, 'note')}</small></h3>${correctionsHtml(story, report, links)}</section>`;
}

/**
 * One story as a page: at a glance the neutral summary with outlet-named citations, the outlet cards and
 * the top conflicts; the coverage matrix, quotes, figures, framing, timeline and names behind
 * expanders, reached from a section menu. Every string from an article is escaped; links go through
 * `links`. Needs `STORY_PAGE_CSS`; `STORY_PAGE_JS` only enhances it.
 * @example
 * const html = renderStoryPage(report.stories[0], report, IN_PAGE_LINKS, { inlineArticles: true });
 */
export function renderStoryPage(
  story: Story,
  unlabelled: Report,
  links: StoryPageLinks = IN_PAGE_LINKS,
  options: StoryPageOptions = {},
): string {
  const report = unlabelled.articles.every((a) => a.label) ? unlabelled : withLabels(unlabelled);
  const articles = storyArticles(story, report);
  const id = escapeHtml(story.id);
  const level = options.headingLevel ?? 2;
  const texts = options.inlineArticles
    ? `<section class="px-part px-texts"><h3 id="${id}-articles">Article texts</h3>${articleTexts(story, report, articles)}</section>`
    : '';
  const shownCards = cutPart(story, 'outlets', options.cuts);
  // a cut page's cards tell the wording of the quotes the page lists (a piece of the report holds no other)
  const carded = { ...shownCards.story, quotes: cutPart(story, 'quotes', options.cuts).story.quotes };
  const cards = `<section class="px-part"><h3 id="${id}-outlets">${articles.length === 1 ? 'The one outlet' : 'Outlets side by side'}</h3>${partBody(carded, report, links, 'outlets')}${shownCards.all}</section>`;
  // One article: nothing to compare, so no analysis, just the article
  if (articles.length <= 1) {
    const alone = `<p class="px-alone">Only one article tells this story, so there is nothing to compare yet.</p>`;
    return liftHeadings(
      `<article class="px-story" id="story-${id}" aria-labelledby="story-${id}-h">${storyHeader(story, report, articles, links, level)}${alone}${correctionsPart(story, report, links)}${cards}${texts}</article>`,
      2 - level,
    );
  }
  const summary = summarySection.html(story, report, links);
  const summaryPart = summary
    ? `<section class="px-part px-sum"><h3 id="${id}-summary">Summary</h3>${summary}</section>`
    : '';
  const parts = detailParts(story, report, links, options.cuts);
  const menu = [
    summary ? ['summary', 'Summary'] : null,
    ['outlets', 'Outlets'],
    (options.cuts?.totals?.parts.conflicts ?? story.conflicts.length) ? ['conflicts', 'Conflicts'] : null,
    correctionsOf(story).length ? ['corrections', 'Corrections'] : null,
    ...parts.map((p) => [p.id, p.menu]),
    options.inlineArticles ? ['articles', 'Texts'] : null,
  ]
    .filter((x): x is string[] => x !== null)
    .map(([to, name]) => `<a href="#${id}-${to}">${escapeHtml(name as string)}</a>`)
    .join('');
  const details = `<section class="px-part px-details" aria-label="Details">${parts.map((p) => expander(story, p)).join('')}</section>`;
  return liftHeadings(
    `<article class="px-story" id="story-${id}" aria-labelledby="story-${id}-h">${storyHeader(story, report, articles, links, level)}<nav class="px-menu" aria-label="Sections of this story">${menu}</nav>${summaryPart}${cards}${conflictsPart(story, report, links, options.cuts)}${differencesPart(story, report, links)}${correctionsPart(story, report, links)}${details}${texts}</article>`,
    2 - level,
  );
}
