import type { Issue, Report, Story } from '../model/index.ts';
import { checkRewrite } from './check.ts';
import type { Rewriter } from './rewriter.ts';

/** What the rewrite did: sentences rewritten, rejected by the check, and stories left as they were. */
export interface RewriteStats {
  readonly rewritten: number;
  readonly rejected: number;
  readonly failedStories: number;
}

const citedText = (report: Report, story: Story, i: number): string[] => {
  const texts = new Map(report.articles.map((a) => [a.id, a.text]));
  return (story.summary[i]?.citations ?? []).map((e) =>
    (texts.get(e.articleId) ?? '').slice(e.span.start, e.span.end),
  );
};

/** How a run's rewrites are bounded. */
export interface RewriteLimits {
  /** One deadline for all the rewrites of the run, in milliseconds (default 120000). */
  readonly budgetMs?: number;
  /** How many stories are asked for at once (default 2). */
  readonly concurrency?: number;
}

/**
 * Rewrite every story's extractive summary for fluency with `rewriter`, keeping a rewritten sentence
 * only when each figure and proper name in it appears in the text it cites; a failing sentence, or a
 * whole story whose request fails, keeps the extractive original. All requests share one deadline
 * (`budgetMs`): a dead server costs at most that for the whole run, and the stories not rewritten by
 * then stay extractive. Returns a new report (the input is not changed) whose issues say what was
 * rejected, and the counts.
 * @example
 * const { report: fluent } = await rewriteReportSummaries(report, openAiRewriter({ endpoint, model }));
 */
export async function rewriteReportSummaries(
  report: Report,
  rewriter: Rewriter,
  limits: RewriteLimits = {},
): Promise<{ report: Report; stats: RewriteStats }> {
  const issues: Issue[] = [];
  let rewritten = 0;
  let rejected = 0;
  let failedStories = 0;
  const budget = AbortSignal.timeout(limits.budgetMs ?? 120_000);
  const stories: Story[] = [...report.stories];
  const rewriteStory = async (story: Story): Promise<Story> => {
    if (!story.summary.length) return story;
    if (budget.aborted) {
      failedStories++;
      return story;
    }
    const sources = story.summary.map((_, i) => citedText(report, story, i));
    let answers: readonly string[];
    try {
      answers = await rewriter.rewrite({ sentences: story.summary.map((s) => s.text), sources }, budget);
      if (answers.length !== story.summary.length) throw new Error('wrong number of sentences');
    } catch (error) {
      failedStories++;
      issues.push({
        code: 'llm/unavailable',
        severity: 'warning',
        message: `${story.id}: summary left extractive (${budget.aborted ? 'the rewrite budget ran out' : error instanceof Error ? error.message : String(error)})`,
      });
      return story;
    }
    const summary = story.summary.map((sentence, i) => {
      const answer = answers[i]?.trim() ?? '';
      if (!answer || answer === sentence.text) return sentence;
      const check = checkRewrite(answer, sources[i] ?? []);
      if (!check.ok) {
        rejected++;
        issues.push({
          code: 'llm/rejected',
          severity: 'info',
          message: `${story.id} sentence ${i + 1}: rewrite kept extractive, not in cited text: ${check.missing.join(', ')}`,
        });
        return sentence;
      }
      rewritten++;
      return { ...sentence, text: answer };
    });
    return { ...story, summary };
  };
  // a few stories at a time, each written back to its place
  let next = 0;
  const worker = async () => {
    while (next < stories.length) {
      const i = next++;
      stories[i] = await rewriteStory(stories[i] as Story);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limits.concurrency ?? 2) }, worker));
  if (report.stories.length && budget.aborted)
    issues.push({
      code: 'llm/budget',
      severity: 'warning',
      message: `the rewrite budget of ${Math.round((limits.budgetMs ?? 120_000) / 1000)} s ran out: the summaries not rewritten by then stay extractive`,
    });
  return {
    report: { ...report, stories, issues: [...report.issues, ...issues] },
    stats: { rewritten, rejected, failedStories },
  };
}
