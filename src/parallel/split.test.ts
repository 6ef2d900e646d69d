import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Piscina } from 'piscina';
import { createContext, type RunContext, type StoryInput } from '../model/index.ts';
import { type AnalyzeOptions, analyzeSteps, type ItemStep, itemRunner } from '../pipeline.ts';
import { storyStages } from '../pipeline-story.ts';
import { inventedArticles } from './fixtures/invented.ts';
import { unpackArticles } from './pack.ts';
import { TASKS_PER_WORKER, weightOf } from './schedule.ts';
import { splitStories } from './split.ts';
import type { Task } from './tasks.ts';

const NOW = new Date('2025-03-07T12:00:00Z');
const OPTIONS: AnalyzeOptions = { summarize: { words: 80 } };

// The story step of a run of the invented articles, and what one thread makes of it.
function storyStep() {
  const ctx = createContext({ now: NOW });
  const run = itemRunner(OPTIONS);
  const steps = analyzeSteps(inventedArticles(), OPTIONS, ctx);
  let next = steps.next();
  while (!next.done && next.value.kind !== 'story') next = steps.next(run(next.value, ctx));
  const step = next.value as Extract<ItemStep, { kind: 'story' }>;
  const one = createContext({ now: NOW });
  return { step, stories: run(step, one), issues: one.issues };
}

// A stand-in for the worker pool, in this thread: it runs each rest task as a worker does, and answers
// `turns` turns of the event loop later (0: at once, in a microtask).
function fakePool(step: Extract<ItemStep, { kind: 'story' }>, turns: number) {
  const stages = storyStages(OPTIONS, step.prior);
  const taken: string[] = [];
  const pool = {
    run: async (task: Task) => {
      assert.equal(task.kind, 'rest');
      if (task.kind !== 'rest') return null;
      taken.push(task.story.id);
      const ctx: RunContext = createContext({ now: NOW });
      const input = { story: task.story, articles: unpackArticles(task.articles) };
      const story = stages.rest(input, task.extraction, ctx, ctx);
      for (let i = 0; i < turns; i++) await nextTurn();
      return { outputs: [story], issues: [ctx.issues], cpuMs: 1 };
    },
  };
  return { pool: pool as unknown as Piscina, taken };
}

test('splitStories: the stories and issues of one thread, whoever finishes them', async () => {
  const { step, stories, issues } = storyStep();
  assert.ok(step.items.length >= 6, `${step.items.length} stories`);
  const heaviest = step.items
    .map((input: StoryInput) => ({ id: input.story.id, weight: weightOf(input) }))
    .sort((a, b) => b.weight - a.weight)
    .map((s) => s.id);
  // a worker that answers at once takes every story; one slower than this thread's extracting keeps
  // the heaviest it was given, and this thread, its stories extracted, finishes the others itself
  for (const [turns, toWorker] of [
    [0, step.items.length],
    [3 * step.items.length, TASKS_PER_WORKER],
  ] as const) {
    const { pool, taken } = fakePool(step, turns);
    const timings = new Map<string, number>();
    const ctx = createContext({ now: NOW, timings });
    const outputs = await splitStories(pool, OPTIONS, step, 1, ctx);
    assert.equal(JSON.stringify(outputs), JSON.stringify(stories), `turns ${turns}`);
    assert.deepEqual(ctx.issues, issues, `turns ${turns}`);
    assert.deepEqual(taken, heaviest.slice(0, toWorker), `turns ${turns}`);
    assert.equal(timings.has('stories, main rest CPU'), toWorker < step.items.length, `turns ${turns}`);
  }
});
