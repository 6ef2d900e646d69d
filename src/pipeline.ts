import type {
  Article,
  Evidence,
  Report,
  RunContext,
  SegmentedArticle,
  Story,
  StoryGroup,
} from './model/index.ts';
import { SCHEMA_VERSION } from './model/index.ts';
import { type CleanOptions, clean } from './stages/clean/index.ts';
import { type ClusterOptions, cluster } from './stages/cluster/index.ts';
import { type CompareOptions, compare, corpusPrior } from './stages/compare/index.ts';
import { checkCitations } from './stages/compare/support/index.ts';
import { type ExtractOptions, extract } from './stages/extract/index.ts';
import { type IngestOptions, type InputFile, ingest } from './stages/ingest/index.ts';
import { segment } from './stages/segment/index.ts';
import { type SummarizeOptions, summarize } from './stages/summarize/index.ts';
import { type SyndicateOptions, syndicate } from './stages/syndicate/index.ts';
import { type TimelineOptions, timeline } from './stages/timeline/index.ts';
import { VERSION } from './version.ts';

// Run one step, adding its elapsed time to ctx.timings when the caller asked for timings.
function timed<T>(ctx: RunContext, stage: string, step: () => T): T {
  if (!ctx.timings) return step();
  const start = performance.now();
  const result = step();
  ctx.timings.set(stage, (ctx.timings.get(stage) ?? 0) + performance.now() - start);
  return result;
}

/** Options of a whole run, one field per stage. */
export interface AnalyzeOptions {
  readonly ingest?: IngestOptions;
  readonly clean?: CleanOptions;
  readonly syndicate?: SyndicateOptions;
  readonly cluster?: ClusterOptions;
  readonly extract?: ExtractOptions;
  readonly compare?: CompareOptions;
  readonly summarize?: SummarizeOptions;
  readonly timeline?: TimelineOptions;
}

/**
 * Clean and syndication-link input files into articles: the part of the pipeline `extract` shares
 * with `analyze`.
 */
export function readArticles(
  files: readonly InputFile[],
  options: AnalyzeOptions,
  ctx: RunContext,
): Article[] {
  const raws = timed(ctx, 'ingest', () => ingest(options.ingest)(files, ctx));
  const cleanOne = clean(options.clean);
  const articles = raws.map((raw, i) => {
    if (i % 100 === 99) ctx.log(`cleaned ${i + 1}/${raws.length} articles`);
    return timed(ctx, 'clean', () => cleanOne(raw, ctx));
  });
  return timed(ctx, 'syndicate', () => syndicate(options.syndicate)(articles, ctx));
}

/**
 * Run the whole pipeline: ingest → clean → syndicate → segment → cluster, then per story
 * extract → compare → summarize and timeline. The only place that knows the stages' order.
 * @example
 * const report = analyze([{ path: 'a.txt', bytes }], {}, createContext());
 */
export function analyze(files: readonly InputFile[], options: AnalyzeOptions, ctx: RunContext): Report {
  const articles = readArticles(files, options, ctx).filter((article) => article.wordCount > 0);
  const segmentOne = segment();
  const segmented = articles.map((article) => timed(ctx, 'segment', () => segmentOne(article, ctx)));
  ctx.log(`segmented ${segmented.length} articles`);
  const groups = timed(ctx, 'cluster', () => cluster(options.cluster)(segmented, ctx));
  ctx.log(`found ${groups.length} ${groups.length === 1 ? 'story' : 'stories'}`);
  const byId = new Map(segmented.map((doc) => [doc.article.id, doc]));
  // framing's Dirichlet prior comes from every article of the run, not only the story's own
  const prior = timed(ctx, 'compare', () => corpusPrior(segmented));
  const analyzeOne = analyzeStory(options, prior);
  const stories: Story[] = groups.map((group, i) => {
    if (i % 50 === 49) ctx.log(`analysed ${i + 1}/${groups.length} stories`);
    return analyzeOne(
      { story: group, articles: group.articleIds.map((id) => byId.get(id) as SegmentedArticle) },
      ctx,
    );
  });
  return assembleReport(articles, stories, ctx);
}

/**
 * The per-story half of the pipeline: extract → compare → summarize and timeline, then the
 * self-check of the citations. Reads the options once; `prior` is the framing's corpus prior (see
 * `corpusPrior`: the whole run's articles in `analyze`, a story's own when it is analysed alone).
 * @example
 * const story = analyzeStory({}, corpusPrior(docs))({ story: group, articles: docs }, ctx);
 */
export function analyzeStory(
  options: AnalyzeOptions,
  prior: ReadonlyMap<string, number>,
): (
  input: { readonly story: StoryGroup; readonly articles: readonly SegmentedArticle[] },
  ctx: RunContext,
) => Story {
  const extractStory = extract(options.extract);
  const compareStory = compare({ prior, ...options.compare });
  const summarizeStory = summarize(options.summarize);
  const timelineStory = timeline(options.timeline);
  return (input, ctx) => {
    const group = input.story;
    const extraction = timed(ctx, 'extract', () => extractStory(input, ctx));
    const comparison = timed(ctx, 'compare', () => compareStory({ ...input, ...extraction }, ctx));
    const summary = timed(ctx, 'summarize', () =>
      summarizeStory({ ...input, ...extraction, ...comparison }, ctx),
    );
    const dated = timed(ctx, 'timeline', () => timelineStory({ ...input, ...extraction }, ctx));
    // the self-check: every cited supporter holds the numbers and dates of what it is cited for
    const check = timed(ctx, 'compare', () =>
      checkCitations({ ...input, ...extraction }, [
        ...comparison.facts.flatMap((f) =>
          f.evidence.slice(1).map((e) => [f.evidence[0] as Evidence, e] as const),
        ),
        ...summary.summary.flatMap((s) =>
          s.citations.slice(1).map((e) => [s.citations[0] as Evidence, e] as const),
        ),
      ]),
    );
    return {
      id: group.id,
      title: group.title,
      articleIds: [...group.articleIds],
      keywords: [...group.keywords],
      ...(group.topicId ? { topicId: group.topicId } : {}),
      ...(group.grouping
        ? {
            grouping: group.grouping.map((r) => ({
              ...r,
              sharedNames: [...r.sharedNames],
              sharedLead: [...r.sharedLead],
            })),
          }
        : {}),
      entities: [...extraction.entities],
      quotes: [...extraction.quotes],
      figures: [...extraction.figures],
      facts: [...comparison.facts],
      conflicts: [...comparison.conflicts],
      omissions: Object.fromEntries(Object.entries(comparison.omissions).map(([k, v]) => [k, [...v]])),
      quoteMatrix: [...comparison.quoteMatrix],
      framing: comparison.framing,
      headline: summary.headline,
      summary: [...summary.summary],
      points: [...summary.points],
      timeline: [...dated.timeline],
      check,
    };
  };
}

/** A report of `stories` over `articles`, with the run's self-check totals and issues. */
export function assembleReport(
  articles: readonly Article[],
  stories: readonly Story[],
  ctx: RunContext,
): Report {
  const pairs = stories.reduce((n, s) => n + s.check.pairs, 0);
  const holding = stories.reduce((n, s) => n + s.check.holding, 0);
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'parallax', version: VERSION },
    generatedAt: ctx.now.toISOString(),
    articles: [...articles],
    stories: [...stories],
    check: { pairs, holding, share: pairs ? holding / pairs : null },
    issues: [...ctx.issues],
  };
}
