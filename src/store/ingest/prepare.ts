import type { Issue, RunContext } from '../../model/index.ts';
import { namingOriginal } from '../../model/syndication-note.ts';
import { type AnalyzeOptions, readArticles } from '../../pipeline.ts';
import { ARTICLE_TIMEOUT_MS, articleTimeoutIssue, withinBudget } from '../../pipeline-budget.ts';
import { articleFeatures } from '../../stages/cluster/index.ts';
import type { InputFile } from '../../stages/ingest/index.ts';
import { segment } from '../../stages/segment/index.ts';
import { contentHash, urlKey } from '../keys.ts';
import type { NewArticle } from '../types.ts';
import { copySample } from './copies.ts';
import { storeFeatures } from './features.ts';

/** One article of a chunk, ready to store: the row, and its day for the grouping window. */
export interface PreparedArticle {
  readonly row: NewArticle;
  readonly day: number | null;
}

/** A chunk of input files read into articles ready to store, originals before their copies. */
export interface PreparedChunk {
  readonly articles: readonly PreparedArticle[];
  /** The problems found reading the chunk, in input order. */
  readonly issues: readonly Issue[];
  /** Milliseconds per step (clean, segment, ...), when asked for. */
  readonly timings?: ReadonlyMap<string, number>;
}

/**
 * The per-article half of an ingest, for one chunk of files: read, clean, link syndicated copies
 * within the chunk, segment, and read each article's keys, grouping features and shingle sample.
 * Articles get chunk-local ids `n1`, `n2`, … (told apart from store ids; a copy's `syndicatedFrom`
 * names its original's), and originals come before their copies. Each article's clean and segment steps run
 * within the article time budget (`options.articleTimeoutMs`): one past it is left out of the chunk
 * with an issue, and the chunk goes on. Runs in this thread or in a worker thread.
 */
export function prepareChunk(
  files: readonly InputFile[],
  options: AnalyzeOptions,
  now: Date,
  timings = false,
): PreparedChunk {
  const ctx: RunContext = {
    issues: [],
    now,
    log: () => {},
    ...(timings ? { timings: new Map<string, number>() } : {}),
  };
  const read = readArticles(files, options, ctx).filter((a) => a.wordCount > 0);
  const ordered = [...read.filter((a) => !a.syndicatedFrom), ...read.filter((a) => a.syndicatedFrom)];
  const local = (id: string) => `n${id.replace(/^\D+/, '')}`;
  const segmentOne = segment();
  const budget = options.articleTimeoutMs ?? ARTICLE_TIMEOUT_MS;
  const articles = ordered.flatMap((article) => {
    // a copy's note names its original as syndicatedFrom does
    const renamed = {
      ...(article.syndicatedFrom === null ? article : namingOriginal(article, local(article.syndicatedFrom))),
      id: local(article.id),
    };
    const doc = timed(ctx, 'segment', () =>
      withinBudget(
        ctx,
        budget,
        (within) => segmentOne(renamed, within),
        (error) => {
          ctx.issues.push(articleTimeoutIssue(article, error));
          return null;
        },
      ),
    );
    // past its budget: left out of the chunk, and the chunk goes on
    if (!doc) return [];
    const features = timed(ctx, 'features', () => articleFeatures(doc));
    return {
      day: features.day,
      row: {
        article: renamed,
        urlKey: urlKey(article.url),
        contentHash: contentHash(article.text),
        shingles: timed(ctx, 'features', () => copySample(article.text)),
        features: storeFeatures(features, doc),
      },
    };
  });
  return { articles, issues: ctx.issues, ...(ctx.timings ? { timings: ctx.timings } : {}) };
}

// Run one step, adding its elapsed time to ctx.timings when the caller asked for timings.
function timed<T>(ctx: RunContext, step: string, work: () => T): T {
  if (!ctx.timings) return work();
  const start = performance.now();
  const result = work();
  ctx.timings.set(step, (ctx.timings.get(step) ?? 0) + performance.now() - start);
  return result;
}
