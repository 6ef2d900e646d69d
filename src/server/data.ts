import { createContext, type Report } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import {
  pieceFits,
  SERVED_LIMITS,
  type StoryPageLimits,
  type StoryPageTotals,
  storyPagePiece,
} from '../report/index.ts';
import { type StoryReportComputer, storyReport } from '../store/ingest/index.ts';
import { removalIssues, withRemovals } from '../store/removed-pages.ts';
import type { Store, StoredArticle, StorySummary } from '../store/types.ts';
import { type Mark, marksByArticle } from './article-marks.ts';
import { createLru, type Lru } from './cache.ts';
import { coverageOf, type Leanings, leaningsOf } from './coverage-bar.ts';
import { CACHED_MARKS, CACHED_PAGE_CHARS, CACHED_REPORT_BYTES, NEIGHBOURS } from './patterns.ts';

/** What the app reads from: the store, the analysis options for a story computed on demand, the outlet table's leanings, its caches. */
export interface AppContext {
  readonly store: Store;
  readonly options: AnalyzeOptions;
  /** The leanings of the user's outlet table (`--outlets`): they win over the store's outlets. */
  readonly leanings: Leanings;
  /** How much of each long part a story page shows. */
  readonly limits: StoryPageLimits;
  /** Reports read or computed last, by `storyKey`. */
  readonly reports: Lru<Report>;
  /** The marks of the articles of the stories read last, by `storyKey`. */
  readonly marks: Lru<Map<string, Mark[]>>;
  /** Story pages rendered last (title and body, without the neighbours), by `storyKey`. */
  readonly pages: Lru<{ readonly title: string; readonly html: string }>;
  /** Reports being read or computed, by `storyKey`: a second request waits for the first one's. */
  readonly computing: Map<string, Promise<Report | null>>;
  /** Where a stale story's report is computed (default: this thread). */
  readonly compute?: StoryReportComputer;
}

/** The app's context with empty caches. */
export function appContext(
  store: Store,
  options: AnalyzeOptions,
  leanings: Leanings,
  limits: StoryPageLimits = SERVED_LIMITS,
  compute?: StoryReportComputer,
): AppContext {
  return {
    store,
    options,
    leanings,
    limits,
    computing: new Map(),
    ...(compute ? { compute } : {}),
    reports: createLru<Report>(CACHED_REPORT_BYTES, reportWeight),
    marks: createLru<Map<string, Mark[]>>(CACHED_MARKS),
    pages: createLru<{ title: string; html: string }>(CACHED_PAGE_CHARS, (page) => page.html.length),
  };
}

/**
 * About the size of a report's JSON in bytes, counted without serialising it: its article texts, and
 * per story its facts (each with a mark for every outlet, the bulk of a big story's report) and lists.
 */
export function reportWeight(report: Report): number {
  let weight = 0;
  for (const a of report.articles) weight += 2 * a.text.length + 1000;
  for (const s of report.stories) {
    // a fact's coverage has a mark for each of the story's articles
    weight += s.facts.length * (300 + 60 * s.articleIds.length);
    weight +=
      400 * (s.quotes.length + s.entities.length + s.figures.length + s.timeline.length + s.points.length);
    weight += 1000 * s.conflicts.length;
  }
  return weight;
}

/** The outlets' leanings: the store's outlets (recorded from sources and manifests), then the user's table over them. */
export async function leaningsFor(app: AppContext): Promise<Leanings> {
  const stored = leaningsOf(await app.store.outlets());
  if (!stored.size) return app.leanings;
  return new Map([...stored, ...app.leanings]);
}

/** A story's cache key: its id and the time of its last membership change (a change makes a new key). */
export function storyKey(story: StorySummary): string {
  return `${story.id}@${story.updatedAt}`;
}

/** A story summary with its coverage by side, as the API returns it. */
export function summaryJson(story: StorySummary, leanings: Leanings) {
  const { counts, oneSide } = coverageOf(story.outlets, leanings, story.unnamedArticles);
  return { ...story, outlets: [...story.outlets], coverage: { ...counts }, oneSide };
}

/** A story's summary (read alone: no articles, no report), or null when unknown. */
export async function storySummary(app: AppContext, id: string): Promise<StorySummary | null> {
  return (await app.store.story(id, { articles: false, report: false }))?.story ?? null;
}

/**
 * A story's report: from the cache, else the stored one while it is current, else computed again
 * from its articles (and saved). Null when the story is gone. Requests for a story whose report is
 * being read or computed wait for that one.
 */
export async function reportOf(app: AppContext, summary: StorySummary): Promise<Report | null> {
  const key = storyKey(summary);
  const cached = app.reports.get(key);
  if (cached) return cached;
  let running = app.computing.get(key);
  if (!running) {
    running = readOrCompute(app, summary).finally(() => app.computing.delete(key));
    app.computing.set(key, running);
  }
  const report = await running;
  if (report) app.reports.set(key, report);
  return report;
}

async function readOrCompute(app: AppContext, summary: StorySummary): Promise<Report | null> {
  const stored = summary.reportReadable
    ? (await app.store.story(summary.id, { articles: false }))?.report
    : null;
  return (
    stored ??
    storyReport(
      app.store,
      summary.id,
      app.options,
      createContext({ now: new Date() }),
      app.limits,
      app.compute,
    )
  );
}

/** What a story page renders from: a report (whole, or a piece's cut one) and, for a piece, the whole story's counts. */
export interface PageSource {
  readonly report: Report;
  readonly totals?: StoryPageTotals;
}

/**
 * What a story's page renders from: the piece stored with its current report when it was cut to the
 * app's limits (tens of KB to read, where the whole report is up to 22 MB), else the whole report
 * (`reportOf`), from which a piece is cut and stored for the next first view. Null when the story is gone.
 */
export async function pageSourceOf(app: AppContext, summary: StorySummary): Promise<PageSource | null> {
  const source = await storedPageSource(app, summary);
  // its articles whose page was removed since, as the store knows now (not as the report was saved)
  return source && { ...source, report: await withRemovals(app.store, source.report) };
}

async function storedPageSource(app: AppContext, summary: StorySummary): Promise<PageSource | null> {
  if (summary.reportReadable) {
    const piece = await app.store.storyPage(summary.id);
    if (piece && pieceFits(piece, app.limits)) return { report: piece.report, totals: piece.totals };
  }
  const report = await reportOf(app, summary);
  if (!report) return null;
  const piece = storyPagePiece(report, app.limits);
  if (!piece) return { report };
  // a report stored before its pieces were (schema 8), or cut to other limits: its piece is written
  // now (a stale one was just computed and saved with it), when this version made it (a newer one's
  // piece is its own to cut); the page does not need it to be, so a failed write (a busy or
  // read-only store) is left
  if (summary.reportReadable && summary.reportVersion === app.store.reportVersion)
    await app.store.saveStoryPage(summary.id, piece).catch(() => {});
  return { report: piece.report, totals: piece.totals };
}

/** Other stories of the story's topic, newest change first. */
export async function neighboursOf(app: AppContext, story: StorySummary): Promise<StorySummary[]> {
  if (!story.topicId) return [];
  const same = await app.store.stories({ topic: story.topicId, limit: NEIGHBOURS + 1 });
  return same.filter((s) => s.id !== story.id).slice(0, NEIGHBOURS);
}

/**
 * The stories of each topic of a list's stories, newest change first, by topic id: three at most (a
 * story, another to name the topic by, and one to say there are more), one query per topic.
 */
export async function pageTopics(
  app: AppContext,
  stories: readonly StorySummary[],
): Promise<Map<string, StorySummary[]>> {
  const ids = [...new Set(stories.map((s) => s.topicId).filter((t): t is string => t !== null))];
  const found = await Promise.all(ids.map((topic) => app.store.stories({ topic, limit: 3 })));
  return new Map(ids.map((id, i) => [id, found[i] ?? []]));
}

/** A story with its report and its neighbours of the same topic; null when unknown. */
export async function loadStory(
  app: AppContext,
  id: string,
): Promise<{ story: StorySummary; report: Report; neighbours: StorySummary[] } | null> {
  const story = await storySummary(app, id);
  if (!story) return null;
  const [report, neighbours] = await Promise.all([reportOf(app, story), neighboursOf(app, story)]);
  return report ? { story, report: await withRemovals(app.store, report), neighbours } : null;
}

/** An article and its marks from its story's report (cached by story); null when unknown. */
export async function loadArticle(
  app: AppContext,
  id: string,
): Promise<{ stored: StoredArticle; marks: readonly Mark[]; removed: string | null } | null> {
  const stored = await app.store.article(id);
  if (!stored) return null;
  const removed = (await removalIssues(app.store, [stored.article]))[0]?.message ?? null;
  const story = stored.storyId ? await storySummary(app, stored.storyId) : null;
  if (!story) return { stored, marks: [], removed };
  const key = storyKey(story);
  let marks = app.marks.get(key);
  if (!marks) {
    marks = marksByArticle(await reportOf(app, story));
    app.marks.set(key, marks);
  }
  return { stored, marks: marks.get(id) ?? [], removed };
}
