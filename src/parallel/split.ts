// The stories of `analyzeParallel` split by stage: this thread extracts every story, the workers do the
// rest (compare → summarize and timeline, and the self-check, which share compare's readings of the
// sentences). Each isolate then warms up (compiles) only its own stages' code, where a split by story
// makes both compile all of it.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { serialize } from 'node:v8';
import type { Piscina } from 'piscina';
import type { Issue, RunContext, Story, StoryInput } from '../model/index.ts';
// not through model/index.ts, whose zod schemas a run does not need
import { createContext } from '../model/stage.ts';
import { progressLine } from '../pipeline.ts';
import { threadCpuMs } from '../pipeline-budget.ts';
import { type ExtractedStory, type StoryOptions, storyStages } from '../pipeline-story.ts';
import { buffersOf, packArticles } from './pack.ts';
import { addTiming, progressEvery, sharedCopy, weightOf } from './schedule.ts';
import type { Task, TaskResult } from './tasks.ts';

/**
 * The stories of a run, each extracted in this thread and finished in a worker of `pool`, the
 * heaviest first; the stories come back, and their issues are added to `ctx.issues`, in input order,
 * as `analyzeStory` gives them in one thread. A story's time budget counts its CPU time in both threads.
 */
export async function splitStories(
  pool: Piscina,
  options: StoryOptions,
  step: { readonly items: readonly StoryInput[]; readonly prior: ReadonlyMap<string, number> },
  ctx: RunContext,
): Promise<Story[]> {
  const stages = storyStages(options, step.prior);
  const prior = sharedCopy(serialize(step.prior));
  const weights = step.items.map(weightOf);
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
  const outputs: Story[] = new Array(step.items.length);
  const issues: (readonly Issue[])[] = new Array(step.items.length);
  let done = 0;
  const finished = (index: number, story: Story, storyIssues: readonly Issue[]) => {
    outputs[index] = story;
    issues[index] = storyIssues;
    done++;
    if (done % progressEvery('story') === 0 && done < step.items.length)
      ctx.log(progressLine('story', done, step.items.length));
  };
  const sent: Promise<void>[] = [];
  // a story that fails in a worker stops the run (its error is thrown once the others have come back)
  let failed: { readonly error: unknown } | undefined;
  for (const index of order) {
    if (failed) break;
    const input = step.items[index] as StoryInput;
    const storyCtx = createContext({ now: ctx.now });
    const before = threadCpuMs();
    const extracted = stages.extract(input, storyCtx);
    if (!('extraction' in extracted)) finished(index, extracted, storyCtx.issues);
    else {
      const task = restTask(input, extracted, threadCpuMs() - before, prior);
      const result = pool.run(task, { transferList: buffersOf(task.articles) }) as Promise<TaskResult>;
      sent.push(
        result.then(
          (result) => {
            addTiming(ctx, 'stories, worker CPU', result.cpuMs ?? 0);
            addTiming(ctx, 'worker start, CPU', result.startCpuMs ?? 0);
            finished(index, result.outputs?.[0] as Story, [...storyCtx.issues, ...(result.issues[0] ?? [])]);
          },
          (error: unknown) => {
            failed ??= { error };
          },
        ),
      );
    }
    // let the workers' results in
    await nextTurn();
  }
  // how long this thread, its stories extracted, waits for the worker's last: the split's imbalance
  const waitStart = performance.now();
  await Promise.all(sent);
  addTiming(ctx, 'stories, main thread waits', performance.now() - waitStart);
  if (failed) throw failed.error;
  for (const list of issues) ctx.issues.push(...list);
  return outputs;
}

// The rest of an extracted story for a worker: its articles packed, the time its budget has left.
function restTask(input: StoryInput, extracted: ExtractedStory, usedMs: number, prior: SharedArrayBuffer) {
  return {
    kind: 'rest',
    story: input.story,
    articles: packArticles(input.articles),
    extraction: extracted.extraction,
    prior,
    budgetMs: extracted.budgetMs,
    leftMs: extracted.budgetMs - usedMs,
  } satisfies Task;
}
