import type { Article, Report, RunContext, SegmentedArticle, StoryGroup } from '../../model/index.ts';
import { type AnalyzeOptions, analyzeStory, assembleReport } from '../../pipeline.ts';
import { SERVED_LIMITS, type StoryPageLimits } from '../../report/story-page-limits.ts';
import { storyPagePiece } from '../../report/story-page-piece.ts';
import { articleFeatures, createGrouper, storiesOf } from '../../stages/cluster/index.ts';
import { corpusPrior } from '../../stages/compare/index.ts';
import { segment } from '../../stages/segment/index.ts';
import type { OutletInfo, Store, StorySummary } from '../types.ts';
import { STALE_REPORTS_LIMIT } from './patterns.ts';

/** What a story's report is computed from: the story as stored, its articles and the store's outlets. */
export interface StoryReportInput {
  readonly story: Pick<StorySummary, 'id' | 'title' | 'topicId'>;
  readonly articles: readonly Article[];
  readonly outlets: readonly OutletInfo[];
}

/** Computes a story's report from its input (in this thread, or another: see `storyReport`). */
export type StoryReportComputer = (
  input: StoryReportInput,
  options: AnalyzeOptions,
  ctx: RunContext,
) => Promise<Report>;

/**
 * The report of a story computed from its stored articles: segment, then extract → compare →
 * summarize and timeline as `analyze` does per story, the framing's prior from the story's own
 * articles, the outlets' leanings and owners from `options` and else from the store's. Pure (no
 * store, no I/O), so a worker thread can run it. Its issues are the computation's own, not `ctx`'s.
 */
export function computeStoryReport(
  input: StoryReportInput,
  options: AnalyzeOptions,
  ctx: RunContext,
): Report {
  const withOutlets = withStoredOutlets(options, input.outlets);
  const own: RunContext = { ...ctx, issues: [] };
  const segmentOne = segment();
  const docs = input.articles.map((article) => segmentOne(article, own));
  const group: StoryGroup = {
    id: input.story.id,
    title: input.story.title,
    articleIds: input.articles.map((a) => a.id),
    keywords: keywordsOf(docs),
    ...(input.story.topicId ? { topicId: input.story.topicId } : {}),
  };
  const story = analyzeStory(withOutlets, corpusPrior(docs))({ story: group, articles: docs }, own);
  return assembleReport(input.articles, [story], own);
}

const inThisThread: StoryReportComputer = async (input, options, ctx) =>
  computeStoryReport(input, options, ctx);

/**
 * The report of one stored story (null for an unknown id): the stored one while it is current (made
 * for the story's present articles by this version, or by a newer one whose report shape this code
 * reads), else computed again from the story's stored articles (`computeStoryReport`, by `compute`:
 * this thread by default) and saved, with the piece of its story page cut to `pageLimits`
 * (`storyPagePiece`), as of the membership it was computed from (a story that changed meanwhile
 * stays stale). A newer version's report this code cannot read is computed for the caller and not
 * saved, so the newer analysis stays in the store.
 * @example
 * const report = await storyReport(store, 's12', {}, createContext({ now: new Date() }));
 */
export async function storyReport(
  store: Store,
  id: string,
  options: AnalyzeOptions,
  ctx: RunContext,
  pageLimits: StoryPageLimits = SERVED_LIMITS,
  compute: StoryReportComputer = inThisThread,
): Promise<Report | null> {
  // a current report is returned without reading the story's articles
  const head = await store.story(id, { articles: false });
  if (!head) return null;
  if (head.report && head.story.reportReadable) return head.report;
  // the story's own id: a merged story's id opens the story it is now part of
  const input = await storyReportInput(store, head.story.id);
  if (!input) return null;
  const report = await compute(input, options, ctx);
  if (!input.story.reportStale) return report;
  // saved with the piece its served page reads (a first view then parses tens of KB, not megabytes)
  await store.saveReport(
    input.story.id,
    report,
    input.story.updatedAt,
    storyPagePiece(report, pageLimits) ?? undefined,
  );
  return report;
}

/**
 * What story `id`'s report is computed from, read from the store now: the story as stored (all of
 * its summary), its articles and the store's outlets; null for an id the store does not have.
 */
export async function storyReportInput(
  store: Store,
  id: string,
): Promise<(StoryReportInput & { readonly story: StorySummary }) | null> {
  const found = await store.story(id, { report: false });
  if (!found) return null;
  return {
    story: found.story,
    articles: found.articles.map((stored) => stored.article),
    outlets: await store.outlets(),
  };
}

/**
 * The options with the store's recorded outlets (leanings, owners, domains from the manifests of
 * earlier ingests) after the ones given, so a given outlet table or manifest wins for its outlets.
 */
export function withStoredOutlets(options: AnalyzeOptions, stored: readonly OutletInfo[]): AnalyzeOptions {
  if (!stored.length) return options;
  const given = options.compare?.outlets ?? [];
  const known = new Set(given.map((o) => o.name.toLowerCase()));
  const added = stored
    .filter((o) => !known.has(o.name.toLowerCase()))
    .map((o) => ({ name: o.name, domains: [...o.domains], leaning: o.leaning, owner: o.owner }));
  return { ...options, compare: { ...options.compare, outlets: [...given, ...added] } };
}

// The story's keywords as the grouping states them: the top terms of its articles' centroid.
function keywordsOf(docs: readonly SegmentedArticle[]): string[] {
  const grouper = createGrouper();
  const features = docs.map(articleFeatures);
  for (const f of features) grouper.observe(f);
  for (const f of features) grouper.restore(f, 0);
  const [only] = storiesOf(grouper, new Map(docs.map((d) => [d.article.id, d])));
  return only ? [...only.keywords] : [];
}

/**
 * Recompute the reports of stale stories, oldest change first, at most `limit` of them; returns how
 * many were computed. Runs apart from ingest (after it, or in another process), never inside it.
 */
export async function refreshStale(
  store: Store,
  options: AnalyzeOptions,
  ctx: RunContext,
  {
    limit = STALE_REPORTS_LIMIT,
    onStory,
  }: { limit?: number; onStory?: (done: number, total: number) => void } = {},
): Promise<number> {
  const ids = await store.staleStories(limit);
  let done = 0;
  for (const id of ids) {
    await storyReport(store, id, options, ctx);
    // counted apart: `onStory?.(++done)` would not count when no `onStory` is given
    done++;
    onStory?.(done, ids.length);
  }
  return done;
}
