import type {
  Article,
  RawArticle,
  Report,
  RunContext,
  SegmentedArticle,
  Stage,
  Story,
  StoryInput,
} from './model/index.ts';
import {
  ARTICLE_TIMEOUT_MS,
  articleTimeoutIssue,
  lateArticles,
  unreadArticle,
  withinBudget,
} from './pipeline-budget.ts';
import { assembleReport } from './pipeline-report.ts';
import { analyzeStory, type StoryOptions, timed } from './pipeline-story.ts';
import { type CleanOptions, clean, nameOutletsByHost, yearWireDatelines } from './stages/clean/index.ts';
import { type ClusterOptions, cluster } from './stages/cluster/index.ts';
import { corpusPrior } from './stages/compare/index.ts';
import { type IngestOptions, type InputFile, ingest } from './stages/ingest/index.ts';
import { segment } from './stages/segment/index.ts';
import { type SyndicateOptions, syndicate } from './stages/syndicate/index.ts';
import { laterVersions } from './stages/syndicate/versions.ts';

export { assembleReport } from './pipeline-report.ts';
export { analyzeStory, type StoryOptions } from './pipeline-story.ts';

/** Options of a whole run, one field per stage. */
export interface AnalyzeOptions extends StoryOptions {
  readonly ingest?: IngestOptions;
  readonly clean?: CleanOptions;
  readonly syndicate?: SyndicateOptions;
  readonly cluster?: ClusterOptions;
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
  return runInThread(readSteps(files, options, ctx), options, ctx);
}

/**
 * Run the whole pipeline: ingest → clean → syndicate → segment → cluster, then per story
 * extract → compare → summarize and timeline. The only place that knows the stages' order.
 * @example
 * const report = analyze([{ path: 'a.txt', bytes }], {}, createContext());
 */
export function analyze(files: readonly InputFile[], options: AnalyzeOptions, ctx: RunContext): Report {
  return runInThread(analyzeSteps(files, options, ctx), options, ctx);
}

/**
 * A step of the pipeline that works on each item alone (an article, a story), so that a caller may
 * run its items anywhere — in this thread or spread over worker threads — and hand back the outputs
 * in the items' order. `prior` is the framing's corpus prior that every story reads.
 */
export type ItemStep =
  | { readonly kind: 'clean'; readonly items: readonly RawArticle[] }
  | { readonly kind: 'segment'; readonly items: readonly Article[] }
  | {
      readonly kind: 'story';
      /**
       * Handed over to the runner, which may empty it: `runItemsHere` takes each story out before it
       * runs, so that its segmented articles (and what the stages keep by them) are freed once it is
       * analysed instead of at the end of the run.
       */
      readonly items: StoryInput[];
      readonly prior: ReadonlyMap<string, number>;
    };

/**
 * The pipeline as a generator: it does the steps that need every article (ingest, syndicate,
 * cluster, the corpus prior) itself and yields each per-item step, to be resumed with that step's
 * outputs in item order; it returns the report. `analyze` runs it in this thread, `analyzeParallel`
 * with its per-item steps over a worker pool: the same order, so the same report.
 */
export function* analyzeSteps(
  files: readonly InputFile[],
  options: AnalyzeOptions,
  ctx: RunContext,
): Generator<ItemStep, Report, readonly unknown[]> {
  const read = (yield* readSteps(files, options, ctx, true)).filter((article) => article.wordCount > 0);
  // (the segmented articles are held by the story step alone, not here: see storyStep)
  const { articles, step } = storyStep(
    read,
    (yield { kind: 'segment', items: read }) as SegmentedArticle[],
    options,
    ctx,
  );
  const stories = (yield step) as Story[];
  return assembleReport(articles, stories, ctx);
}

// After segment: cluster the articles, and the step of the stories with their segmented articles.
function storyStep(
  read: Article[],
  all: SegmentedArticle[],
  options: AnalyzeOptions,
  ctx: RunContext,
): { articles: Article[]; step: Extract<ItemStep, { kind: 'story' }> } {
  // an article whose segmenting ran out of time is left out (an issue says so)
  const late = lateArticles(ctx.issues);
  const articles = late.size ? read.filter((article) => !late.has(article.id)) : read;
  const segmented = late.size ? all.filter((doc) => !late.has(doc.article.id)) : all;
  ctx.log(`segmented ${segmented.length} articles`);
  const groups = timed(ctx, 'cluster', () => cluster(options.cluster)(segmented, ctx));
  ctx.log(`found ${groups.length} ${groups.length === 1 ? 'story' : 'stories'}`);
  const byId = new Map(segmented.map((doc) => [doc.article.id, doc]));
  // framing's Dirichlet prior comes from every article of the run, not only the story's own
  const prior = timed(ctx, 'prior', () => corpusPrior(segmented));
  const items = groups.map((group) => ({
    story: group,
    articles: group.articleIds.map((id) => byId.get(id) as SegmentedArticle),
  }));
  return { articles, step: { kind: 'story', items, prior } };
}

// ingest → clean → syndicate, as steps (see analyzeSteps). `latest`: of a page given in several
// versions (saved before and after its correction) only the later is read (analyze's, not extract's,
// which prints every file, nor ingest's, whose store keeps one article per address itself).
function* readSteps(
  files: readonly InputFile[],
  options: AnalyzeOptions,
  ctx: RunContext,
  latest = false,
): Generator<ItemStep, Article[], readonly unknown[]> {
  const raws = timed(ctx, 'ingest', () => ingest(options.ingest)(files, ctx));
  const cleaned = (yield { kind: 'clean', items: raws }) as Article[];
  // a page that names no outlet (a print version) is its host's other pages' outlet
  // and an article dated by nothing but a dateline without its year ("DUNMERE, Nov. 4 —") is filed
  // when the run's other articles are
  const named = yearWireDatelines(nameOutletsByHost(cleaned), ctx.now);
  const articles = latest ? laterVersions(named, ctx) : named;
  return timed(ctx, 'syndicate', () => syndicate(options.syndicate)(articles, ctx));
}

/**
 * The function that runs one per-item step on its items, in order, with the stages built once from
 * the run's options; what `analyze` calls in this thread and each worker of `analyzeParallel` in its own.
 * Each article's step runs within the article time budget (`articleTimeoutMs`): one that runs out is
 * replaced by an empty article (clean) or one without sentences (segment), and an issue says so.
 */
export function itemRunner(options: AnalyzeOptions): (step: ItemStep, ctx: RunContext) => unknown[] {
  const cleanOne = clean(options.clean);
  const budget = options.articleTimeoutMs ?? ARTICLE_TIMEOUT_MS;
  let segmentOne: Stage<Article, SegmentedArticle> | undefined;
  let stories: { prior: ReadonlyMap<string, number>; run: ReturnType<typeof analyzeStory> } | undefined;
  return (step, ctx) => {
    if (step.kind === 'clean')
      return step.items.map((raw) =>
        timed(ctx, 'clean', () =>
          withinBudget(
            ctx,
            budget,
            (within) => cleanOne(raw, within),
            (error) => {
              ctx.issues.push(articleTimeoutIssue(raw, error));
              return unreadArticle(raw);
            },
          ),
        ),
      );
    if (step.kind === 'segment') {
      segmentOne ??= segment();
      const run = segmentOne;
      return step.items.map((article) =>
        timed(ctx, 'segment', () => segmentWithin(run, article, budget, ctx)),
      );
    }
    if (stories?.prior !== step.prior)
      stories = { prior: step.prior, run: analyzeStory(options, step.prior) };
    const run = stories.run;
    return step.items.map((input) => run(input, ctx));
  };
}

// Segment one article within the article time budget: one that runs out has no sentences, and an
// issue says it is left out (analyzeSteps drops it).
function segmentWithin(
  run: Stage<Article, SegmentedArticle>,
  article: Article,
  budgetMs: number,
  ctx: RunContext,
): SegmentedArticle {
  return withinBudget(
    ctx,
    budgetMs,
    (within) => run(article, within),
    (error) => {
      ctx.issues.push(articleTimeoutIssue(article, error));
      return { article, sentences: [] };
    },
  );
}

/**
 * Drive the pipeline's steps in this thread, saying how far each long step has got; `started` is the
 * generator's first result when the caller has already asked for it.
 */
export function runInThread<T>(
  steps: Generator<ItemStep, T, readonly unknown[]>,
  options: AnalyzeOptions,
  ctx: RunContext,
  started?: IteratorResult<ItemStep, T>,
): T {
  const run = itemRunner(options);
  let next = started ?? steps.next();
  while (!next.done) next = steps.next(runItemsHere(run, next.value, ctx));
  return next.value;
}

/** Run one per-item step's items in this thread with `run` (an `itemRunner`), saying how far it has got. */
export function runItemsHere(run: ReturnType<typeof itemRunner>, step: ItemStep, ctx: RunContext): unknown[] {
  const outputs: unknown[] = [];
  const every = step.kind === 'story' ? 50 : 100;
  const total = step.items.length;
  for (let done = 0; done < total; ) {
    // a story step's items are taken out one at a time as they run (see ItemStep), so that each
    // story's articles are freed once it is analysed
    const items = step.kind === 'story' ? step.items.splice(0, 1) : step.items.slice(done, done + every);
    outputs.push(...run({ ...step, items } as ItemStep, ctx));
    done += items.length;
    if (done % every === 0 && done < total) ctx.log(progressLine(step.kind, done, total));
  }
  return outputs;
}

/** The progress line of a per-item step: `cleaned 100/982 articles`. */
export function progressLine(kind: ItemStep['kind'], done: number, total: number): string {
  if (kind === 'story') return `analysed ${done}/${total} stories`;
  return `${kind === 'clean' ? 'cleaned' : 'segmented'} ${done}/${total} articles`;
}
