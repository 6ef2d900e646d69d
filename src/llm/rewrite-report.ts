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

/**
 * Rewrite every story's extractive summary for fluency with `rewriter`, keeping a rewritten sentence
 * only when each figure and proper name in it appears in the text it cites; a failing sentence, or a
 * whole story whose request fails, keeps the extractive original. Returns a new report (the input is
 * not changed) whose issues say what was rejected, and the counts.
 * @example
 * const { report: fluent } = await rewriteReportSummaries(report, openAiRewriter({ endpoint, model }));
 */
export async function rewriteReportSummaries(
  report: Report,
  rewriter: Rewriter,
): Promise<{ report: Report; stats: RewriteStats }> {
  const issues: Issue[] = [];
  let rewritten = 0;
  let rejected = 0;
  let failedStories = 0;
  const stories: Story[] = [];
  for (const story of report.stories) {
    if (!story.summary.length) {
      stories.push(story);
      continue;
    }
    const sources = story.summary.map((_, i) => citedText(report, story, i));
    let answers: readonly string[];
    try {
      answers = await rewriter.rewrite({ sentences: story.summary.map((s) => s.text), sources });
      if (answers.length !== story.summary.length) throw new Error('wrong number of sentences');
    } catch (error) {
      failedStories++;
      issues.push({
        code: 'llm/unavailable',
        severity: 'warning',
        message: `${story.id}: summary left extractive (${error instanceof Error ? error.message : String(error)})`,
      });
      stories.push(story);
      continue;
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
    stories.push({ ...story, summary });
  }
  return {
    report: { ...report, stories, issues: [...report.issues, ...issues] },
    stats: { rewritten, rejected, failedStories },
  };
}
