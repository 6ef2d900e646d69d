import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createContext } from './model/index.ts';
import { inventedArticles } from './parallel/fixtures/invented.ts';
import { analyzeSteps, type ItemStep, itemRunner, runItemsHere } from './pipeline.ts';

// a context made after the flag is set has the collector's `gc()`
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test('a story step frees each story’s segmented articles once it is analysed, while the run goes on', async () => {
  const ctx = createContext({ now: new Date('2025-03-07T12:00:00Z') });
  const run = itemRunner({});
  const steps = analyzeSteps(inventedArticles(), {}, ctx);
  let next = steps.next();
  while (!next.done && next.value.kind !== 'story') next = steps.next(runItemsHere(run, next.value, ctx));
  const step = next.value as Extract<ItemStep, { kind: 'story' }>;
  assert.ok(step.items.length >= 3, `${step.items.length} stories`);
  // the articles of every story, each told when the collector frees it
  const freed = new Set<string>();
  const registry = new FinalizationRegistry<string>((id) => freed.add(id));
  const ids = step.items.flatMap((input) => input.articles.map((doc) => doc.article.id));
  step.items.forEach((input) => {
    for (const doc of input.articles) registry.register(doc, doc.article.id);
  });
  const stories = runItemsHere(run, step, ctx);
  // the step and the pipeline's generator are still held (the report is yet to be assembled)
  for (let turn = 0; turn < 20 && freed.size < ids.length; turn++) {
    gc();
    await nextTurn();
  }
  assert.deepEqual([...freed].sort(), [...ids].sort());
  assert.equal(step.items.length, 0);
  const report = steps.next(stories);
  assert.ok(report.done && report.value.stories.length === stories.length);
});
