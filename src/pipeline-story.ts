// The per-story half of the pipeline and the report's assembly (see pipeline.ts, which runs them).
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
import { type CompareOptions, compare } from './stages/compare/index.ts';
import { checkCitations } from './stages/compare/support/index.ts';
import { type ExtractOptions, extract } from './stages/extract/index.ts';
import { type SummarizeOptions, summarize } from './stages/summarize/index.ts';
import { type TimelineOptions, timeline } from './stages/timeline/index.ts';
import { VERSION } from './version.ts';

/** Options of the per-story stages, one field per stage (part of `AnalyzeOptions`). */
export interface StoryOptions {
  readonly extract?: ExtractOptions;
  readonly compare?: CompareOptions;
  readonly summarize?: SummarizeOptions;
  readonly timeline?: TimelineOptions;
}

/** Run one step, adding its elapsed time to `ctx.timings` under `stage` when the caller asked for timings. */
export function timed<T>(ctx: RunContext, stage: string, step: () => T): T {
  if (!ctx.timings) return step();
  const start = performance.now();
  const result = step();
  ctx.timings.set(stage, (ctx.timings.get(stage) ?? 0) + performance.now() - start);
  return result;
}

/**
 * The per-story half of the pipeline: extract → compare → summarize and timeline, then the
 * self-check of the citations. Reads the options once; `prior` is the framing's corpus prior (see
 * `corpusPrior`: the whole run's articles in `analyze`, a story's own when it is analysed alone).
 * @example
 * const story = analyzeStory({}, corpusPrior(docs))({ story: group, articles: docs }, ctx);
 */
export function analyzeStory(
  options: StoryOptions,
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
