import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { test } from 'node:test';
import { loadManifest, withManifest } from './cli/manifest.ts';
import { collectInputs } from './io/files.ts';
import { checkDeadline, DeadlineError, deadlineIn } from './model/deadline.ts';
import { createContext } from './model/index.ts';
import { analyzeParallel } from './parallel/index.ts';
import { type AnalyzeOptions, analyze, readArticles } from './pipeline.ts';
import { ARTICLE_TIMEOUT, cpuDeadlineIn, STORY_TIMEOUT } from './pipeline-budget.ts';
import { compare } from './stages/compare/index.ts';
import { extract } from './stages/extract/index.ts';
import { segment } from './stages/segment/index.ts';
import { summarize } from './stages/summarize/index.ts';

const NOW = new Date('2025-03-07T12:00:00Z');
const example = async () => {
  const folder = relative(process.cwd(), new URL('../examples/harbor-bridge', import.meta.url).pathname);
  const inputs = await collectInputs([folder], async () => new Uint8Array());
  return { files: inputs.files, options: withManifest({}, await loadManifest(undefined, inputs, () => {})) };
};

test('a deadline expires on its clock, and checkDeadline stops the work then, not before', () => {
  let now = 100;
  const deadline = deadlineIn(50, () => now);
  const ctx = createContext({ deadline });
  now = 149.9;
  assert.doesNotThrow(() => checkDeadline(ctx, 'segment'));
  now = 150;
  assert.throws(
    () => checkDeadline(ctx, 'segment'),
    (error: unknown) => error instanceof DeadlineError && error.step === 'segment' && error.budgetMs === 50,
  );
  assert.doesNotThrow(() => checkDeadline(createContext(), 'segment'), 'no deadline, no check');
});

test('a CPU deadline reads the CPU clock only once as much wall-clock time has passed', () => {
  let [cpu, wall, cpuReads] = [100, 1000, 0];
  const deadline = cpuDeadlineIn(
    50,
    () => {
      cpuReads++;
      return cpu;
    },
    () => wall,
  );
  cpuReads = 0;
  wall = 1049;
  assert.equal(deadline.expired(), false);
  assert.equal(cpuReads, 0, 'less wall-clock time than the budget: the CPU clock is not read');
  wall = 1080;
  cpu = 140;
  assert.equal(deadline.expired(), false, 'the wall-clock budget spent, the CPU budget not yet');
  cpu = 150;
  assert.equal(deadline.expired(), true);
  assert.equal(cpuReads, 2);
  assert.equal(cpuDeadlineIn(0).expired(), true, 'a budget of 0 is spent at once');
});

test('articles past the article budget are left out with a reason each, and the run still reports', async () => {
  const { files, options } = await example();
  const full = analyze(files, options, createContext({ now: NOW }));
  // a budget of 0: every article is stopped at its first check
  const report = analyze(files, { ...options, articleTimeoutMs: 0 }, createContext({ now: NOW }));
  const late = report.issues.filter((i) => i.code === ARTICLE_TIMEOUT);
  assert.equal(late.length, files.length);
  for (const issue of late) {
    assert.equal(issue.severity, 'error');
    assert.match(
      issue.message,
      /: over the 0 s time budget of one article in clean \(--article-timeout, CPU time\)/,
    );
  }
  assert.deepEqual([report.articles.length, report.stories.length], [0, 0]);
  // a budget every article meets changes nothing
  const roomy = analyze(files, { ...options, articleTimeoutMs: 60_000 }, createContext({ now: NOW }));
  assert.equal(JSON.stringify(roomy), JSON.stringify(full));
});

test('a story past its budget keeps its articles and what finished, without the later stages', async () => {
  const { files, options } = await example();
  const full = analyze(files, options, createContext({ now: NOW }));
  const report = analyze(files, { ...options, storyTimeoutMs: 0 }, createContext({ now: NOW }));
  assert.deepEqual(
    report.articles.map((a) => a.id),
    full.articles.map((a) => a.id),
  );
  assert.equal(report.stories.length, full.stories.length);
  const late = report.issues.filter((i) => i.code === STORY_TIMEOUT);
  assert.equal(late.length, full.stories.length);
  report.stories.forEach((story, i) => {
    const whole = full.stories[i];
    assert.deepEqual(story.articleIds, whole?.articleIds);
    // extract finished (nothing checks inside it) and is kept; the stages after it are left out
    assert.deepEqual(story.quotes, whole?.quotes);
    assert.deepEqual([story.facts, story.summary, story.timeline, story.headline], [[], [], [], null]);
    assert.match(
      late[i]?.message ?? '',
      new RegExp(
        `^story ${story.id}'s compare, summarize, timeline: over the story's 0 s time budget .* in extract`,
      ),
    );
  });
  assert.ok(full.stories.some((s) => s.facts.length && s.summary.length && s.timeline.length));
});

test('worker threads keep the budgets: the same issues and report as one thread', async () => {
  const { files, options } = await example();
  for (const budget of [{ articleTimeoutMs: 0 }, { storyTimeoutMs: 0 }] as AnalyzeOptions[]) {
    const one = analyze(files, { ...options, ...budget }, createContext({ now: NOW }));
    const pooled = await analyzeParallel(files, { ...options, ...budget }, createContext({ now: NOW }), {
      jobs: 2,
      minArticlesPerWorker: 0,
    });
    assert.equal(JSON.stringify(pooled), JSON.stringify(one));
  }
});

test('compare and summarize stop between their steps once the story budget is spent', async () => {
  const { files, options } = await example();
  const ctx = createContext({ now: NOW });
  const docs = readArticles(files, options, ctx)
    .filter((a) => a.wordCount > 0)
    .map((a) => segment()(a, ctx));
  const input = {
    story: { id: 's1', title: 't', articleIds: docs.map((d) => d.article.id), keywords: [] },
    articles: docs,
  };
  const extraction = extract()(input, ctx);
  const spent = createContext({ now: NOW, deadline: { expired: () => true, budgetMs: 1 } });
  const stopped = (step: string) => (error: unknown) => error instanceof DeadlineError && error.step === step;
  assert.throws(() => compare()({ ...input, ...extraction }, spent), stopped('compare'));
  const comparison = compare()({ ...input, ...extraction }, ctx);
  assert.throws(() => summarize()({ ...input, ...extraction, ...comparison }, spent), stopped('summarize'));
  assert.ok(summarize()({ ...input, ...extraction, ...comparison }, ctx).summary.length > 0);
});
