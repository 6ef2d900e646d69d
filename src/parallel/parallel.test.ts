import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { describe, test } from 'node:test';
import { loadManifest, withManifest } from '../cli/manifest.ts';
import { collectInputs } from '../io/files.ts';
import { createContext, type Report } from '../model/index.ts';
import { type AnalyzeOptions, analyze } from '../pipeline.ts';
import type { InputFile } from '../stages/ingest/index.ts';
import { inventedArticles } from './fixtures/invented.ts';
import { analyzeParallel } from './index.ts';
import { planTasks } from './tasks.ts';

const NOW = new Date('2025-03-07T12:00:00Z');

// One run with a pool (forced, whatever the size) and the log it wrote; `shareWork` false gives every
// task to the workers (on a small run this thread could otherwise do it all before they start), split
// by item.
async function pooled(
  files: readonly InputFile[],
  options: AnalyzeOptions,
  jobs: number,
  shareWork = true,
  split?: 'stage' | 'item',
) {
  const log: string[] = [];
  const timings = new Map<string, number>();
  const ctx = createContext({ now: NOW, log: (m) => log.push(m), timings });
  const parallel = {
    jobs,
    minArticlesPerWorker: 0,
    shareWork,
    split: split ?? (shareWork ? undefined : 'item'),
  };
  const report = await analyzeParallel(files, options, ctx, parallel);
  return { report, log, timings };
}

const inThread = (files: readonly InputFile[], options: AnalyzeOptions): Report =>
  analyze(files, options, createContext({ now: NOW }));

describe('analyzeParallel gives the report of one thread, byte for byte', () => {
  test('on the bundled example, with its manifest', async () => {
    const folder = relative(process.cwd(), new URL('../../examples/harbor-bridge', import.meta.url).pathname);
    const inputs = await collectInputs([folder], async () => new Uint8Array());
    const options = withManifest({}, await loadManifest(undefined, inputs, () => {}));
    const one = JSON.stringify(inThread(inputs.files, options));
    const { report, log, timings } = await pooled(inputs.files, options, 2);
    assert.ok(log.includes('analysing in 2 threads (1 worker)'), log.join('\n'));
    assert.equal(JSON.stringify(report), one);
    // split by stage (the default with one worker): the stories compared in the worker, the rest here
    assert.ok((timings.get('stories, worker CPU') ?? 0) > 0);
    assert.equal(timings.get('segment, worker CPU'), undefined);
    // every task in the worker: each phase's work was done there
    const workers = await pooled(inputs.files, options, 2, false);
    assert.equal(JSON.stringify(workers.report), one);
    for (const phase of ['clean', 'segment', 'stories'])
      assert.ok((workers.timings.get(`${phase}, worker CPU`) ?? 0) > 0, phase);
  });

  test('on a few dozen invented articles, over 2 and 3 threads, and their issues in order', async () => {
    const files = inventedArticles();
    const options: AnalyzeOptions = { summarize: { words: 80 }, cluster: { explain: true } };
    const one = inThread(files, options);
    assert.ok(
      files.length >= 30 && one.stories.length >= 6,
      `${files.length} files, ${one.stories.length} stories`,
    );
    assert.ok(one.issues.length > 0, 'the run reports issues, so their order is checked');
    for (const [jobs, shareWork, split] of [
      [2, true, 'stage'],
      [2, true, 'item'],
      [3, true, 'stage'],
      [3, true, 'item'],
      [3, false, 'item'],
    ] as const) {
      const { report } = await pooled(files, options, jobs, shareWork, split);
      assert.equal(
        JSON.stringify(report),
        JSON.stringify(one),
        `jobs ${jobs}, shared ${shareWork}, ${split}`,
      );
    }
    // a story's time budget spent: the same stories left without their stages, the same issues
    const late = { ...options, storyTimeoutMs: 0 };
    const { report } = await pooled(files, late, 2, true, 'stage');
    assert.equal(JSON.stringify(report), JSON.stringify(inThread(files, late)));
  });
});

test('one job, or fewer articles than the threshold, runs in this thread', async () => {
  const files = inventedArticles(4);
  for (const parallel of [
    { jobs: 1, minArticlesPerWorker: 0 },
    { jobs: 2, minArticlesPerWorker: 1000 },
  ]) {
    const log: string[] = [];
    const report = await analyzeParallel(
      files,
      {},
      createContext({ now: NOW, log: (m) => log.push(m) }),
      parallel,
    );
    assert.ok(!log.some((line) => line.startsWith('analysing in')), JSON.stringify(parallel));
    assert.equal(JSON.stringify(report), JSON.stringify(inThread(files, {})));
  }
});

test('planTasks: heaviest first, tasks of about equal weight that shrink at the end, every index once', () => {
  const ones = Array.from({ length: 16 }, () => 1);
  const cases: [number[], number, number, number[][]][] = [
    [[], 2, 8, []],
    [[5], 2, 8, [[0]]],
    // shares of 3; once 3 are left, tasks of half of what is left
    [[1, 9, 1, 1], 1, 4, [[1], [0, 2], [3]]],
    // shares of 6, but from the start a quarter of what is left over 2 threads
    [[3, 3, 3, 3], 2, 1, [[0], [1], [2], [3]]],
    // shares of 2 until 4 are left, then single items
    [ones, 1, 8, [...Array.from({ length: 7 }, (_, i) => [2 * i, 2 * i + 1]), [14], [15]]],
    // shares of 8 until 32 are left, then shrinking to a floor of 1
    [
      Array.from({ length: 64 }, () => 1),
      2,
      4,
      [
        ...Array.from({ length: 4 }, (_, t) => Array.from({ length: 8 }, (_, i) => 8 * t + i)),
        [32, 33, 34, 35, 36, 37, 38, 39],
        [40, 41, 42, 43, 44, 45],
        [46, 47, 48, 49, 50],
        [51, 52, 53, 54],
        [55, 56, 57],
        [58, 59],
        [60],
        [61],
        [62],
        [63],
      ],
    ],
  ];
  for (const [weights, jobs, perWorker, expected] of cases)
    assert.deepEqual(planTasks(weights, jobs, perWorker), expected, `${weights} over ${jobs}`);
});

test('parallax analyze --jobs: a whole number above 0, the same report whatever it is', async () => {
  const { cli } = await import('../../test/cli-harness.ts');
  const folder = relative(process.cwd(), new URL('../../examples/harbor-bridge', import.meta.url).pathname);
  for (const bad of ['0', '1.5', 'two']) {
    const run = await cli(['analyze', folder, '--jobs', bad, '-q']);
    assert.equal(run.status, 2, bad);
    assert.match(run.stderr, /--jobs takes a whole number above 0/);
  }
  const reports = [];
  for (const jobs of ['1', '3']) {
    const run = await cli(['analyze', folder, '-j', jobs, '-f', 'json', '-q']);
    assert.equal(run.status, 0, run.stderr);
    reports.push(run.stdout.replace(/"generatedAt": "[^"]*"/, ''));
  }
  assert.equal(reports[0], reports[1]);
});
