// The per-story half of the pipeline (see pipeline.ts, which runs it; pipeline-report.ts assembles the report).
import { checkDeadline, DeadlineError } from './model/deadline.ts';
import type {
  Evidence,
  RunContext,
  SegmentedArticle,
  Story,
  StoryComparison,
  StoryExtraction,
  StoryInput,
  StorySummary,
  StoryTimeline,
} from './model/index.ts';
import { ARTICLE_TIMEOUT_MS, cpuDeadlineIn, storyTimeoutIssue } from './pipeline-budget.ts';
import { readableStory } from './pipeline-language.ts';
import { storyOf } from './pipeline-report.ts';
import { type CompareOptions, compare } from './stages/compare/index.ts';
import { checkCitations, judgeEvidence } from './stages/compare/support/index.ts';
import { type ExtractOptions, extract } from './stages/extract/index.ts';
import { type SummarizeOptions, summarize } from './stages/summarize/index.ts';
import { type TimelineOptions, timeline } from './stages/timeline/index.ts';

/** Options of the per-story stages, one field per stage (part of `AnalyzeOptions`). */
export interface StoryOptions {
  /**
   * Time budget in milliseconds of each article's clean and segment steps (default
   * ARTICLE_TIMEOUT_MS; Infinity: none): an article past it is left out, and an issue says so.
   */
  readonly articleTimeoutMs?: number;
  /**
   * Time budget in milliseconds of one story's stages (default: `articleTimeoutMs` for each of its
   * articles): a story past it is reported without the stages not finished, and an issue says so.
   */
  readonly storyTimeoutMs?: number;
  readonly extract?: ExtractOptions;
  readonly compare?: CompareOptions;
  readonly summarize?: SummarizeOptions;
  readonly timeline?: TimelineOptions;
}

/**
 * Timings that also keep each stage's CPU time in this thread (`cpu`, milliseconds), which a busy
 * machine shifts far less than the elapsed time: what `npm run bench` gives the one-thread run.
 */
export class StageTimings extends Map<string, number> {
  readonly cpu = new Map<string, number>();
}

const threadCpu = (): number => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/** Run one step, adding its elapsed time to `ctx.timings` under `stage` when the caller asked for timings. */
export function timed<T>(ctx: RunContext, stage: string, step: () => T): T {
  if (!ctx.timings) return step();
  const cpu = ctx.timings instanceof StageTimings ? ctx.timings.cpu : undefined;
  const startCpu = cpu ? threadCpu() : 0;
  const start = performance.now();
  const result = step();
  ctx.timings.set(stage, (ctx.timings.get(stage) ?? 0) + performance.now() - start);
  if (cpu) cpu.set(stage, (cpu.get(stage) ?? 0) + threadCpu() - startCpu);
  return result;
}

// What a story reports for a stage left out for its time budget.
const NO_EXTRACTION: StoryExtraction = { entities: [], quotes: [], figures: [] };
const NO_COMPARISON: StoryComparison = {
  facts: [],
  conflicts: [],
  omissions: {},
  quoteMatrix: [],
  framing: null,
};
const NO_SUMMARY: StorySummary = { headline: null, summary: [], points: [] };
const NO_TIMELINE: StoryTimeline = { timeline: [] };
const STORY_STAGES = ['extract', 'compare', 'summarize', 'timeline'] as const;

// A story's articles in the order of their sources (input path, then record number, numbers read as
// numbers), whatever order the run was given them in: a story's report depends on its own articles,
// not on the order of the files named or of the batch around them (newuser18 #11: the facts' grouping
// follows the order the articles are read in).
// (an input already in that order is given back as it is: the stages key what they read once by its
// article list, see readStoryDates)
const SOURCE_ORDER = new Intl.Collator('en', { numeric: true });
const bySource = ({ article: a }: SegmentedArticle, { article: b }: SegmentedArticle): number =>
  SOURCE_ORDER.compare(a.source, b.source) ||
  (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
  SOURCE_ORDER.compare(a.id, b.id);
const ORDERED = new WeakMap<StoryInput, StoryInput>();
function inSourceOrder(input: StoryInput): StoryInput {
  if (input.articles.every((a, i) => i === 0 || bySource(input.articles[i - 1] as SegmentedArticle, a) <= 0))
    return input;
  const known = ORDERED.get(input);
  if (known) return known;
  const ordered = { ...input, articles: [...input.articles].sort(bySource) };
  ORDERED.set(input, ordered);
  return ordered;
}

/** A story past its extract stage: what extract found, its deadline's context and its whole budget. */
export interface ExtractedStory {
  readonly extraction: StoryExtraction;
  readonly within: RunContext;
  readonly budgetMs: number;
}

/**
 * The per-story stages built once from the options, in two parts that may run in two threads:
 * `extract` (within the story's time budget from now, in this thread's CPU time) gives the extracted
 * story, or the story itself when the budget ran out there; `rest` does compare → summarize and
 * timeline within the context `within` (the story's deadline) and the self-check, and gives the story.
 * compare's readings of the story's sentences are shared with the summary and the self-check (see
 * `shareReadings`), so those three stay together.
 */
export function storyStages(options: StoryOptions, prior: ReadonlyMap<string, number>) {
  const extractStory = extract(options.extract);
  const compareStory = compare({ prior, ...options.compare });
  const summarizeStory = summarize(options.summarize);
  const timelineStory = timeline(options.timeline);
  const perArticle = options.articleTimeoutMs ?? ARTICLE_TIMEOUT_MS;
  // the story's stages as far as they got, and the self-check of its citations
  const storyFrom = (
    input: StoryInput,
    ctx: RunContext,
    extraction: StoryExtraction,
    comparison = NO_COMPARISON,
    summary = NO_SUMMARY,
    dated = NO_TIMELINE,
  ): Story => {
    // the self-check: every cited supporter holds the numbers and dates of what it is cited for, and
    // gives its quotation to no other person
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
    return storyOf(input.story, extraction, comparison, summary, dated, check);
  };
  const extractOne = (whole: StoryInput, ctx: RunContext): ExtractedStory | Story => {
    // an article in another language is read by none of the stages (rest leaves it out alike)
    const { input, issues } = readableStory(inSourceOrder(whole));
    ctx.issues.push(...issues);
    const budgetMs = options.storyTimeoutMs ?? perArticle * Math.max(1, input.articles.length);
    const within =
      budgetMs === Number.POSITIVE_INFINITY ? ctx : { ...ctx, deadline: cpuDeadlineIn(budgetMs) };
    let extraction = NO_EXTRACTION;
    let finished = 0;
    try {
      extraction = timed(ctx, 'extract', () => extractStory(input, within));
      checkDeadline(within, STORY_STAGES[finished++] as string);
      return { extraction, within, budgetMs };
    } catch (error) {
      if (!(error instanceof DeadlineError)) throw error;
      ctx.issues.push(storyTimeoutIssue(input.story.id, STORY_STAGES.slice(finished), error));
      return storyFrom(input, ctx, extraction);
    }
  };
  const rest = (
    whole: StoryInput,
    extraction: StoryExtraction,
    ctx: RunContext,
    within: RunContext,
  ): Story => {
    const { input } = readableStory(inSourceOrder(whole));
    let [comparison, summary, dated] = [NO_COMPARISON, NO_SUMMARY, NO_TIMELINE];
    let finished = 1;
    try {
      comparison = timed(ctx, 'compare', () => compareStory({ ...input, ...extraction }, within));
      checkDeadline(within, STORY_STAGES[finished++] as string);
      summary = timed(ctx, 'summarize', () =>
        summarizeStory({ ...input, ...extraction, ...comparison }, within),
      );
      checkDeadline(within, STORY_STAGES[finished++] as string);
      // the timeline cites another article's telling of another verb only where the judge reads it as stating the row
      const story = { ...input, ...extraction };
      const supports = (claim: Evidence, evidence: Evidence) =>
        judgeEvidence(story, claim, evidence).verdict === 'supports';
      dated = timed(ctx, 'timeline', () =>
        timelineStory({ ...story, facts: comparison.facts, supports }, within),
      );
    } catch (error) {
      // a stage found the budget spent: the stages not finished are left out
      if (!(error instanceof DeadlineError)) throw error;
      ctx.issues.push(storyTimeoutIssue(input.story.id, STORY_STAGES.slice(finished), error));
    }
    return storyFrom(input, ctx, extraction, comparison, summary, dated);
  };
  return { extract: extractOne, rest };
}

/**
 * The per-story half of the pipeline: extract → compare → summarize and timeline, then the
 * self-check of the citations. Reads the options once; `prior` is the framing's corpus prior (see
 * `corpusPrior`: the whole run's articles in `analyze`, a story's own when it is analysed alone).
 * The stages run within the story's time budget (`storyTimeoutMs`): past it, the stages not
 * finished are left out (empty) and an issue says so.
 * @example
 * const story = analyzeStory({}, corpusPrior(docs))({ story: group, articles: docs }, ctx);
 */
export function analyzeStory(
  options: StoryOptions,
  prior: ReadonlyMap<string, number>,
): (input: StoryInput, ctx: RunContext) => Story {
  const stages = storyStages(options, prior);
  return (input, ctx) => {
    const extracted = stages.extract(input, ctx);
    return 'extraction' in extracted
      ? stages.rest(input, extracted.extraction, ctx, extracted.within)
      : extracted;
  };
}
