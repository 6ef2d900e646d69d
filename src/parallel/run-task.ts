// The work of a worker thread of `analyzeParallel` (worker.ts loads it): runs the per-item steps of one
// run with the stages built once from the run's options.
import { deserialize } from 'node:v8';
import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import type { Issue, RunContext, StoryInput } from '../model/index.ts';
// not through model/index.ts, whose zod schemas a run does not need
import { createContext } from '../model/stage.ts';
import { type ItemStep, itemRunner } from '../pipeline.ts';
import { leftOfBudget } from '../pipeline-budget.ts';
import { storyStages } from '../pipeline-story.ts';
import { getNlp } from '../text/wink.ts';
import { buffersOf, packArticles, unpackArticles } from './pack.ts';
import type { Task, TaskResult, WorkerSetup } from './tasks.ts';

const setup = workerData as WorkerSetup;
const run = itemRunner(setup.options);
// wink-nlp is loaded before the thread says it is ready: while the main thread still reads and cleans
getNlp();
// The pool serves one run, so the first story task's prior is the prior of every story task.
let prior: ReadonlyMap<string, number> | undefined;
// the story stages of the run (for splitStories' tasks), built at the first
let stages: ReturnType<typeof storyStages> | undefined;

// This thread's CPU time in ms, and how much of it went before its first task (loading the pipeline).
const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};
let startCpuMs: number | undefined;

/**
 * Run one task: each of its items alone, so that its issues are kept apart and merged in item order.
 * The result says how much CPU time the task took in this thread (and, on the thread's first task,
 * how much the thread took to start).
 */
export function runTask(task: Task): TaskResult | ReturnType<typeof move> {
  const before = cpuMs();
  const startMs = startCpuMs === undefined ? before : 0;
  startCpuMs ??= before;
  const result = task.kind === 'rest' ? restOf(task) : runItems(task);
  const cpu = { cpuMs: cpuMs() - before, startCpuMs: startMs };
  if (!('packed' in result) || !result.packed) return { ...result, ...cpu };
  return move({ [transferableSymbol]: buffersOf(result.packed), [valueSymbol]: { ...result, ...cpu } });
}

function runItems(task: Exclude<Task, { kind: 'rest' }>): TaskResult {
  const issues: Issue[][] = [];
  const each = <T>(items: readonly T[], step: (item: T) => ItemStep) =>
    items.flatMap((item) => {
      const ctx: RunContext = createContext({ now: setup.now });
      const outputs = run(step(item), ctx);
      issues.push(ctx.issues);
      return outputs;
    });
  if (task.kind === 'ready') return { outputs: [], issues };
  if (task.kind === 'clean')
    return { outputs: each(task.items, (raw) => ({ kind: 'clean', items: [raw] })), issues };
  if (task.kind === 'segment') {
    const segmented = each(task.items, (article) => ({ kind: 'segment', items: [article] }));
    return { packed: packArticles(segmented as StoryInput['articles']), issues };
  }
  prior ??= deserialize(Buffer.from(task.prior)) as ReadonlyMap<string, number>;
  const docs = unpackArticles(task.articles);
  let next = 0;
  const inputs: StoryInput[] = task.stories.map((story) => {
    next += story.articleIds.length;
    return { story, articles: docs.slice(next - story.articleIds.length, next) };
  });
  const storyPrior = prior;
  return { outputs: each(inputs, (input) => ({ kind: 'story', items: [input], prior: storyPrior })), issues };
}

// The rest of one extracted story (rest of storyStages), within what is left of the story's time
// budget (whose issue names the whole budget).
function restOf(task: Extract<Task, { kind: 'rest' }>): TaskResult {
  prior ??= deserialize(Buffer.from(task.prior)) as ReadonlyMap<string, number>;
  stages ??= storyStages(setup.options, prior);
  const ctx: RunContext = createContext({ now: setup.now });
  const within = leftOfBudget(ctx, task.budgetMs, task.leftMs);
  const input = { story: task.story, articles: unpackArticles(task.articles) };
  return { outputs: [stages.rest(input, task.extraction, ctx, within)], issues: [ctx.issues] };
}
