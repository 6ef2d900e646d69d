// A worker thread of `analyzeParallel`: runs the per-item steps of one run with the stages built once
// from the run's options (piscina calls the default export for each task).
import { deserialize } from 'node:v8';
import { workerData } from 'piscina';
import { createContext } from '../model/index.ts';
import { type ItemStep, itemRunner } from '../pipeline.ts';
import type { Task, TaskResult, WorkerSetup } from './tasks.ts';

const setup = workerData as WorkerSetup;
const run = itemRunner(setup.options);
// The pool serves one run, so the first story task's prior is the prior of every story task.
let prior: ReadonlyMap<string, number> | undefined;

/** Run one task: each of its items alone, so that its issues are kept apart and merged in item order. */
export default function runTask(task: Task): TaskResult {
  if (task.kind === 'story') prior ??= deserialize(Buffer.from(task.prior)) as ReadonlyMap<string, number>;
  const outputs: unknown[] = [];
  const issues: TaskResult['issues'][number][] = [];
  for (const item of task.items) {
    const ctx = createContext({ now: setup.now });
    const step = (
      task.kind === 'story' ? { kind: 'story', items: [item], prior } : { kind: task.kind, items: [item] }
    ) as ItemStep;
    outputs.push(...run(step, ctx));
    issues.push(ctx.issues);
  }
  return { outputs, issues };
}
