import type { Fact, Story } from '../model/index.ts';
import { worthRow } from './sections/coverage.ts';
import { entityOrder } from './sections/entities.ts';
import { quoteOrder } from './sections/quotes.ts';

/**
 * How much of a big story one page shows. A story told by hundreds of outlets has thousands of facts,
 * quotes and names: its whole page was 7 MB of HTML (a 352-outlet story's coverage matrix alone
 * 3.35 MB). A page with limits shows the first items of each part, in the order the part lists them,
 * and links to the part's own pages (`partHref`) for the rest.
 */

/** The parts of a story page whose items can be paged. */
export const STORY_PARTS = [
  'outlets',
  'points',
  'conflicts',
  'coverage',
  'omissions',
  'quotes',
  'figures',
  'framing',
  'timeline',
  'entities',
] as const;

/** One pageable part of a story page. */
export type StoryPart = (typeof STORY_PARTS)[number];

/** Items of each part shown on a page (cards, points, conflicts, fact rows, quotes, …), and the matrix's outlet columns. */
export type StoryPageLimits = Readonly<Partial<Record<StoryPart, number>>> & {
  /** Outlet columns of the coverage matrix (the sources of the most of its first rows). */
  readonly coverageOutlets?: number;
};

/** What the cut story no longer tells: its parts' sizes, the section titles' counts and the matrix's columns. */
export interface StoryPageTotals {
  /** Items each part lists in the whole story (`partSize`). */
  readonly parts: Readonly<Record<StoryPart, number>>;
  readonly disputedPoints: number;
  readonly speakers: number;
  readonly timelineDates: number;
  /** The matrix's outlet columns in order (`coverageOutletOrder`), as many as the limits show. */
  readonly coverageColumns: readonly string[];
}

/** The limits of a served story page: small enough to render a 350-outlet story in a few milliseconds. */
export const SERVED_LIMITS: StoryPageLimits = {
  outlets: 36,
  points: 12,
  conflicts: 8,
  coverage: 15,
  coverageOutlets: 12,
  omissions: 8,
  quotes: 15,
  figures: 15,
  framing: 12,
  timeline: 20,
  entities: 20,
};

/** Items of a part's own page: the same, larger. */
export const PART_PAGE_SIZE: Readonly<Record<StoryPart, number>> = {
  outlets: 100,
  points: 100,
  conflicts: 30,
  coverage: 30,
  omissions: 50,
  quotes: 100,
  figures: 100,
  framing: 40,
  timeline: 100,
  entities: 100,
};

/** Outlet columns of one page of the whole coverage matrix. */
export const COVERAGE_PAGE_OUTLETS = 30;

/** A window of a part: `count` items from `offset` (and, for the coverage matrix, of its outlet columns). */
export interface PartWindow {
  readonly offset: number;
  readonly count: number;
  readonly outletOffset?: number;
  readonly outletCount?: number;
  /** The matrix's columns in order when known already (`coverageOutletOrder` of the whole story). */
  readonly outletOrder?: readonly string[];
}

// Facts worth a row of the coverage matrix (as coverage.ts).
const matrixFacts = (story: Story): Fact[] => story.facts.filter(worthRow);

// The articles that leave out a shared fact, in story order (the omissions list's items).
const omitting = (story: Story): string[] => story.articleIds.filter((id) => story.omissions[id]?.length);

// The facts whose sources order the matrix's columns: the rows the matrix shows first. (Reading every
// fact's mark of every outlet took 20 ms for a 300-outlet story: 280,000 look-ups in JSON objects.)
const COLUMN_FACTS = 40;

/**
 * The story's outlets (article ids) in the coverage matrix's column order: the sources of the most of
 * its most-sourced facts first, story order among equals; the same on every page of the matrix.
 */
export function coverageOutletOrder(story: Story): string[] {
  const stated = new Map<string, number>();
  for (const f of sortedFacts(story).slice(0, COLUMN_FACTS))
    for (const id of new Set(f.sources)) stated.set(id, (stated.get(id) ?? 0) + 1);
  return [...story.articleIds].sort((a, b) => (stated.get(b) ?? 0) - (stated.get(a) ?? 0));
}

// The matrix's rows, most sources first (a stable sort: the story's order among equals).
const sortedFacts = (story: Story): Fact[] =>
  matrixFacts(story).sort((a, b) => b.sources.length - a.sources.length);

/** How many items a part lists for this story (what its pages page through). */
export function partSize(story: Story, part: StoryPart): number {
  switch (part) {
    case 'outlets':
    case 'framing':
      return story.articleIds.length;
    case 'coverage':
      return matrixFacts(story).length;
    case 'omissions':
      return omitting(story).length;
    case 'points':
      return story.points.length;
    case 'conflicts':
      return story.conflicts.length;
    case 'quotes':
      return story.quotes.length;
    case 'figures':
      return story.figures.length;
    case 'timeline':
      return story.timeline.length;
    case 'entities':
      return story.entities.length;
  }
}

/**
 * The story with one part's list cut to a window, in the order the part shows it (facts by number of
 * sources for the matrix, quotes by speaker, names by kind): what that part renders from. The report
 * stays whole: citations name any article.
 */
export function windowStory(story: Story, part: StoryPart, window: PartWindow): Story {
  const cut = <T>(list: readonly T[]): T[] => list.slice(window.offset, window.offset + window.count);
  switch (part) {
    case 'outlets':
    case 'framing':
      return { ...story, articleIds: cut(story.articleIds) };
    case 'coverage': {
      const facts = sortedFacts(story);
      const outlets = (window.outletOrder ?? coverageOutletOrder(story)).slice(
        window.outletOffset ?? 0,
        (window.outletOffset ?? 0) + (window.outletCount ?? story.articleIds.length),
      );
      // the columns keep the story's order; the matrix lists them as the story does
      const chosen = new Set(outlets);
      return { ...story, facts: cut(facts), articleIds: story.articleIds.filter((id) => chosen.has(id)) };
    }
    case 'omissions':
      return { ...story, articleIds: cut(omitting(story)) };
    case 'points':
      return { ...story, points: cut(story.points) };
    case 'conflicts':
      return { ...story, conflicts: cut(story.conflicts) };
    case 'quotes':
      return { ...story, quotes: cut(quoteOrder(story)) };
    case 'figures':
      return {
        ...story,
        figures: cut([...story.figures].sort((a, b) => b.occurrences.length - a.occurrences.length)),
      };
    case 'timeline':
      return { ...story, timeline: cut(story.timeline) };
    case 'entities':
      return { ...story, entities: cut(entityOrder(story)) };
  }
}
