// The time budget of each article and story (issue 16): a slow item is cut short where it stands and
// reported, and the run goes on. Stages call `checkDeadline` (model/deadline.ts) in their long loops.
import { type Deadline, DeadlineError, deadlineIn } from './model/deadline.ts';
import type { Article, Issue, RawArticle, RunContext } from './model/index.ts';

/**
 * Default time budget of one article's per-article step (clean, segment), and of a story's stages
 * per article of the story: 5 s, some 500 times what a news article takes (about 10 ms for all its
 * stages in `npm run bench`), and more than the slowest step of any 1 MB case of `npm run
 * bench:hostile` took on a loaded 2-core machine (segment, 2.9 s at load 13).
 */
export const ARTICLE_TIMEOUT_MS = 5_000;

/** Issue code of an article left out because one of its steps ran past its time budget. */
export const ARTICLE_TIMEOUT = 'pipeline/article-timeout';
/** Issue code of a story whose later stages were left out because they ran past its time budget. */
export const STORY_TIMEOUT = 'pipeline/story-timeout';

/**
 * This thread's CPU time in milliseconds: the clock of the budgets, so that an item is stopped for
 * the work it takes, not for what other processes of a busy machine take from it (a wall-clock
 * budget would drop sound articles at a load of 15 and keep them at 1).
 */
export function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/**
 * A deadline `budgetMs` of this thread's CPU time from now. One thread runs at most one CPU second a
 * second, so it cannot have passed before as much time has passed on the `wall` clock: that cheap clock
 * is read first, and the CPU clock (a system call of some 2 µs; segment checks once per paragraph, and
 * those reads were a tenth of its CPU on ECB+) only once the wall-clock budget is spent too.
 */
export function cpuDeadlineIn(
  budgetMs: number,
  cpu: () => number = threadCpuMs,
  wall: () => number = () => performance.now(),
): Deadline {
  const onCpu = deadlineIn(budgetMs, cpu);
  const onWall = deadlineIn(budgetMs, wall);
  return { expired: () => onWall.expired() && onCpu.expired(), budgetMs };
}

/**
 * The context of a story's later stages when they run apart from its extract (in a worker, or later in
 * this thread): a deadline `leftMs` of this thread's CPU time from now, what the story's budget had
 * left, whose issue names the whole budget `budgetMs`. An infinite budget sets no deadline.
 */
export function leftOfBudget(ctx: RunContext, budgetMs: number, leftMs: number): RunContext {
  if (budgetMs === Number.POSITIVE_INFINITY) return ctx;
  return { ...ctx, deadline: { expired: cpuDeadlineIn(leftMs).expired, budgetMs } };
}

/**
 * Run `work` on one item with a deadline `budgetMs` of this thread's CPU time from now in its
 * context; when a stage finds the budget spent (`checkDeadline` throws), the item's work stops there
 * and `late` gives its output instead. Work that ends without checking is kept, even if it ended past
 * the budget. An infinite budget sets no deadline.
 */
export function withinBudget<T>(
  ctx: RunContext,
  budgetMs: number,
  work: (ctx: RunContext) => T,
  late: (error: DeadlineError) => T,
): T {
  if (budgetMs === Number.POSITIVE_INFINITY) return work(ctx);
  try {
    return work({ ...ctx, deadline: cpuDeadlineIn(budgetMs) });
  } catch (error) {
    if (error instanceof DeadlineError) return late(error);
    throw error;
  }
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/** The issue of an article left out for its time budget (an error: the CLI exits 3). */
export function articleTimeoutIssue(raw: { id: string; source: string }, error: DeadlineError): Issue {
  return {
    code: ARTICLE_TIMEOUT,
    severity: 'error',
    articleId: raw.id,
    source: raw.source,
    message: `${raw.source}: over the ${seconds(error.budgetMs)} time budget of one article in ${error.step} (--article-timeout, CPU time); left out of the run`,
  };
}

/** The issue of a story whose stages from `error.step` on were left out for its time budget. */
export function storyTimeoutIssue(storyId: string, left: readonly string[], error: DeadlineError): Issue {
  return {
    code: STORY_TIMEOUT,
    severity: 'error',
    message: `story ${storyId}'s ${left.join(', ')}: over the story's ${seconds(error.budgetMs)} time budget (--article-timeout for each of its articles, CPU time) in ${error.step}; the story is reported without them`,
  };
}

/** The ids of the articles left out for their time budget, from a run's issues. */
export function lateArticles(issues: readonly Issue[]): Set<string> {
  const late = new Set<string>();
  for (const issue of issues)
    if (issue.code === ARTICLE_TIMEOUT && issue.articleId) late.add(issue.articleId);
  return late;
}

/**
 * The article that stands for one whose cleaning ran out of time: its given metadata and no text, so
 * every later stage passes it over as it does an empty article.
 */
export function unreadArticle(raw: RawArticle): Article {
  return {
    id: raw.id,
    source: raw.source,
    title: raw.given.title?.trim() || null,
    titleInferred: false,
    byline: null,
    outlet: raw.given.outlet ?? null,
    url: raw.given.url ?? null,
    publishedAt: raw.given.publishedAt ?? null,
    modifiedAt: null,
    language: null,
    section: null,
    metadataSources: {},
    text: '',
    body: [],
    paragraphs: [],
    removed: [],
    media: [],
    wordCount: 0,
    syndicatedFrom: null,
    syndicationNote: null,
  };
}
