import type { Article, Fact, Framing, Report, Story } from '../model/index.ts';
import { withLabels } from './labels.ts';
import {
  coverageOutletOrder,
  partSize,
  STORY_PARTS,
  type StoryPageLimits,
  type StoryPageTotals,
  type StoryPart,
  windowStory,
} from './story-page-limits.ts';

/**
 * A story page's piece of a report: the report cut to what a page with limits shows (the first items
 * of each part, the matrix's first rows × its first columns, the cited sentences' articles up to the
 * last cited character) and the counts its titles and "All N …" links need. A 300-outlet story's
 * report is 22 MB (every fact's mark for every outlet); its piece, tens to hundreds of KB, renders the
 * same page (`renderStoryPage(piece.report.stories[0], piece.report, links, { cuts, totals })`).
 */

/** The version of the cut: a piece of another version (or other limits) is not used, the full report is. */
export const PIECE_VERSION = 3;

/** A report cut for one story page, with its totals; `version` and `limits` say what it was cut for. */
export interface StoryPagePiece {
  readonly version: number;
  readonly limits: StoryPageLimits;
  readonly totals: StoryPageTotals;
  readonly report: Report;
}

/** The totals of a whole story, as its page counts them. */
export function storyTotals(story: Story, limits: StoryPageLimits): StoryPageTotals {
  const parts = Object.fromEntries(STORY_PARTS.map((p) => [p, partSize(story, p)])) as Record<
    StoryPart,
    number
  >;
  return {
    parts,
    disputedPoints: story.points.filter((p) => p.kind === 'disputed').length,
    speakers: new Set(story.quotes.map((q) => q.speaker?.name ?? '')).size,
    timelineDates: new Set(story.timeline.map((e) => e.date)).size,
    // the columns cut only with the rows (a page shows the whole matrix when its rows are not cut)
    coverageColumns: coverageOutletOrder(story).slice(
      0,
      limits.coverage === undefined ? undefined : (limits.coverageOutlets ?? story.articleIds.length),
    ),
  };
}

// A part's first items as the page shows them (whole when the limits leave the part uncut).
function first<K extends keyof Story>(
  story: Story,
  part: StoryPart,
  key: K,
  limits: StoryPageLimits,
): Story[K] {
  const count = limits[part];
  return count === undefined ? story[key] : windowStory(story, part, { offset: 0, count })[key];
}

// The framing that the cards (tone, words) and the framing part (its first outlets) read; the
// largest z-score of all terms scales every chart, so the term that has it stays.
function cutFraming(framing: Framing | null, shown: ReadonlySet<string>): Framing | null {
  if (!framing) return null;
  const top = framing.terms.reduce<Framing['terms'][number] | null>(
    (m, t) => (m && m.z >= t.z ? m : t),
    null,
  );
  return {
    ...framing,
    terms: framing.terms.filter((t) => shown.has(t.articleId) || t === top),
    contested: framing.contested.map((c) => ({
      ...c,
      byArticle: Object.fromEntries(Object.entries(c.byArticle).filter(([id]) => shown.has(id))),
    })),
    // any scare quote at all heads the framing's list of them, shown or not
    scareQuotes: framing.scareQuotes.filter((q, i) => shown.has(q.articleId) || i === 0),
    tone: Object.fromEntries(Object.entries(framing.tone).filter(([id]) => shown.has(id))),
  };
}

/**
 * The story cut to its page: the shown items of each part, in the order the part lists them (so a
 * page cut again from it shows the same), and only the facts the matrix's rows and the shown
 * omissions name, with their marks for the shown columns only.
 */
export function cutStory(story: Story, limits: StoryPageLimits, totals: StoryPageTotals): Story {
  const columns = new Set(totals.coverageColumns);
  const rows = new Set(first(story, 'coverage', 'facts', limits).map((f) => f.id));
  const omitting = first(story, 'omissions', 'articleIds', limits);
  const omissions = Object.fromEntries(omitting.map((id) => [id, story.omissions[id] ?? []]));
  const omitted = new Set(Object.values(omissions).flat());
  const facts = story.facts
    .filter((f) => rows.has(f.id) || omitted.has(f.id))
    .map(
      (f): Fact => ({
        ...f,
        coverage: rows.has(f.id)
          ? Object.fromEntries(Object.entries(f.coverage).filter(([id]) => columns.has(id)))
          : {},
      }),
    );
  const quotes = first(story, 'quotes', 'quotes', limits);
  // how each outlet carried a shown quote, for the outlets whose chips it has (its occurrences')
  const carriers = new Map(quotes.map((q) => [q.id, new Set(q.occurrences.map((o) => o.articleId))]));
  const cards = new Set(first(story, 'outlets', 'articleIds', limits));
  const framed = new Set([
    ...first(story, 'outlets', 'articleIds', limits),
    ...first(story, 'framing', 'articleIds', limits),
  ]);
  const { grouping: _, ...kept } = story;
  return {
    ...kept,
    points: first(story, 'points', 'points', limits),
    conflicts: first(story, 'conflicts', 'conflicts', limits),
    facts,
    omissions,
    quotes,
    quoteMatrix: story.quoteMatrix.flatMap((row) => {
      const by = carriers.get(row.quoteId);
      return by
        ? [
            {
              ...row,
              // and the cards' outlets' cells: a card tells an outlet's other wording of a quote
              byArticle: Object.fromEntries(
                Object.entries(row.byArticle).filter(
                  ([id, how]) => by.has(id) || (cards.has(id) && how !== 'absent'),
                ),
              ),
            },
          ]
        : [];
    }),
    figures: first(story, 'figures', 'figures', limits),
    timeline: first(story, 'timeline', 'timeline', limits),
    entities: first(story, 'entities', 'entities', limits),
    framing: cutFraming(story.framing, framed),
  };
}

// The last cited character of each article: every {articleId, span} anywhere in the cut story.
function citedEnds(value: unknown, ends: Map<string, number>): Map<string, number> {
  if (Array.isArray(value)) for (const v of value) citedEnds(v, ends);
  else if (value !== null && typeof value === 'object') {
    const o = value as { articleId?: unknown; span?: { end?: unknown } };
    if (typeof o.articleId === 'string' && typeof o.span?.end === 'number')
      ends.set(o.articleId, Math.max(ends.get(o.articleId) ?? 0, o.span.end));
    for (const v of Object.values(value)) if (v !== null && typeof v === 'object') citedEnds(v, ends);
  }
  return ends;
}

// An article as the page names and links it: labelled, its text up to its last cited character.
const slim = (a: Article, end: number): Article => ({
  ...a,
  text: a.text.slice(0, end),
  body: [],
  paragraphs: [],
  removed: [],
  media: [],
  metadataSources: {},
});

/**
 * The piece of a story page for the report's story `storyId` (its first story when left out), cut
 * to `limits`; null when the report has no such story.
 * @example
 * const piece = storyPagePiece(report, SERVED_LIMITS);
 */
export function storyPagePiece(
  report: Report,
  limits: StoryPageLimits,
  storyId?: string,
): StoryPagePiece | null {
  const story = storyId === undefined ? report.stories[0] : report.stories.find((s) => s.id === storyId);
  if (!story) return null;
  const labelled = report.articles.every((a) => a.label) ? report : withLabels(report);
  const totals = storyTotals(story, limits);
  const cut = cutStory(story, limits, totals);
  const ends = citedEnds(cut, new Map());
  const ids = new Set(story.articleIds);
  // neighbours of the same topic are named in the header: kept without their lists
  const neighbours = labelled.stories
    .filter((s) => s !== story && story.topicId !== undefined && s.topicId === story.topicId)
    .map(emptyLists);
  return {
    version: PIECE_VERSION,
    limits,
    totals,
    report: {
      ...labelled,
      articles: labelled.articles.filter((a) => ids.has(a.id)).map((a) => slim(a, ends.get(a.id) ?? 0)),
      stories: [cut, ...neighbours],
      issues: [],
    },
  };
}

const emptyLists = (s: Story): Story => {
  const { grouping: _, ...kept } = s;
  return {
    ...kept,
    articleIds: [],
    entities: [],
    quotes: [],
    figures: [],
    facts: [],
    conflicts: [],
    omissions: {},
    quoteMatrix: [],
    framing: null,
    summary: [],
    points: [],
    timeline: [],
  };
};

/** True when the piece was cut by this code for these limits (else the page reads the full report). */
export function pieceFits(piece: StoryPagePiece, limits: StoryPageLimits): boolean {
  if (piece.version !== PIECE_VERSION) return false;
  const keys = new Set([...Object.keys(piece.limits), ...Object.keys(limits)]);
  return [...keys].every(
    (k) => piece.limits[k as keyof StoryPageLimits] === limits[k as keyof StoryPageLimits],
  );
}
