// The stories of `analyzeParallel` split by stage: this thread extracts every story, the workers do the
// rest (compare → summarize and timeline, and the self-check, which share compare's readings of the
// sentences), so that the workers compile only those stages' code. Once this thread has extracted every
// story it takes the rest of the lightest stories not yet sent itself, while the workers go on with the
// heaviest: both cores work to the end, for the cost of compiling the rest's code here too.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { serialize } from 'node:v8';
import type { Piscina } from 'piscina';
import type { Issue, RunContext, Story, StoryInput } from '../model/index.ts';
// not through model/index.ts, whose zod schemas a run does not need
import { createContext } from '../model/stage.ts';
import { progressLine } from '../pipeline.ts';
import { leftOfBudget, threadCpuMs } from '../pipeline-budget.ts';
import { type ExtractedStory, type StoryOptions, storyStages } from '../pipeline-story.ts';
import { buffersOf, packArticles } from './pack.ts';
import { addTiming, progressEvery, sharedCopy, TASKS_PER_WORKER, weightOf } from './schedule.ts';
import type { Task, TaskResult } from './tasks.ts';

// An extracted story waiting for its other stages, and the context its issues go to.
interface Extracted {
  readonly index: number;
  readonly input: StoryInput;
  readonly extracted: ExtractedStory;
  readonly usedMs: number;
  readonly ctx: RunContext;
}

/**
 * The stories of a run, each extracted in this thread, the heaviest first, and finished in a worker
 * of `pool` (`workers` of them) or, once every story is extracted, the lightest here; the stories come
 * back, and their issues are added to `ctx.issues`, in input order, as `analyzeStory` gives them in one
 * thread. A story's time budget counts its CPU time in both threads.
 */
export async function splitStories(
  pool: Piscina,
  options: StoryOptions,
  step: { readonly items: readonly StoryInput[]; readonly prior: ReadonlyMap<string, number> },
  workers: number,
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
  // the extracted stories not yet taken, heaviest first: the workers take from the front, this thread
  // (its extracting done) from the back; each worker holds TASKS_PER_WORKER, so it goes on while this
  // thread is busy
  const waiting: Extracted[] = [];
  const sent: Promise<void>[] = [];
  let running = 0;
  // a story that fails in a worker stops the run (its error is thrown once the others have come back)
  let failed: { readonly error: unknown } | undefined;
  const send = () => {
    for (let story = waiting.shift(); story; story = waiting.shift()) {
      const { index, ctx: storyCtx } = story;
      const task = restTask(story, prior);
      running++;
      const result = pool.run(task, { transferList: buffersOf(task.articles) }) as Promise<TaskResult>;
      sent.push(
        result.then(
          (result) => {
            running--;
            addTiming(ctx, 'stories, worker CPU', result.cpuMs ?? 0);
            addTiming(ctx, 'worker start, CPU', result.startCpuMs ?? 0);
            finished(index, result.outputs?.[0] as Story, [...storyCtx.issues, ...(result.issues[0] ?? [])]);
            if (!failed) send();
          },
          (error: unknown) => {
            running--;
            failed ??= { error };
          },
        ),
      );
      if (running >= workers * TASKS_PER_WORKER) break;
    }
  };
  for (const index of order) {
    if (failed) break;
    const input = step.items[index] as StoryInput;
    const storyCtx = createContext({ now: ctx.now });
    const before = threadCpuMs();
    const extracted = stages.extract(input, storyCtx);
    if (!('extraction' in extracted)) finished(index, extracted, storyCtx.issues);
    else {
      waiting.push({ index, input, extracted, usedMs: threadCpuMs() - before, ctx: storyCtx });
      if (running < workers * TASKS_PER_WORKER) send();
    }
    // let the workers' results in
    await nextTurn();
  }
  // the lightest stories left, here, within what is left of each one's budget
  const hereStart = threadCpuMs();
  let here = 0;
  for (let story = waiting.pop(); story && !failed; story = waiting.pop()) {
    here++;
    const { index, input, extracted, usedMs, ctx: storyCtx } = story;
    // a deadline from now, as a worker's: the story's extract was some stories ago
    const within = leftOfBudget(storyCtx, extracted.budgetMs, extracted.budgetMs - usedMs);
    finished(index, stages.rest(input, extracted.extraction, storyCtx, within), storyCtx.issues);
    await nextTurn();
  }
  // only when this thread finished a story: a thread's CPU clock can tick between two reads with no work
  if (here > 0) addTiming(ctx, 'stories, main rest CPU', threadCpuMs() - hereStart);
  // how long this thread, its share done, waits for the workers' last stories: the split's imbalance
  const waitStart = performance.now();
  await Promise.all(sent);
  addTiming(ctx, 'stories, main thread waits', performance.now() - waitStart);
  if (failed) throw failed.error;
  for (const list of issues) ctx.issues.push(...list);
  return outputs;
}

// The rest of an extracted story for a worker: its articles packed, the time its budget has left.
function restTask({ input, extracted, usedMs }: Extracted, prior: SharedArrayBuffer) {
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
