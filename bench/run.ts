// npm run bench: speed and memory of `analyze` on the 982 ECB+ news documents, against bare
// wink-nlp tokenisation of the same text in the same run: over threads (`--jobs N`, this one and N-1
// workers, default one per core, so that the workers are measured even where the CLI's default, the
// cores less one, runs in one thread; wall-clock and CPU per phase), in one thread (time and this
// thread's CPU time per stage), and as a cold CLI command on one JSONL file with the CLI's default
// jobs (and with `--jobs N` too when N is not that default), its CPU time in all its threads beside;
// compare on a 50-article story. The run over threads is the process's first analysis, cold (this
// thread and each worker compile the stages as they go), and the one-thread run follows it warm: the
// two are no like-for-like comparison of threads (`npm run bench:parallel` runs both cold, each in a
// fresh process; bench/cold-phases.ts --again splits one process's cold and warm analysis). The
// results are written to bench/results/latest.json (committed, so a regression shows in review), and
// each figure is printed against the previous committed run.
//   npm run bench [-- --jobs N]
import module from 'node:module';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { createContext, type SegmentedArticle } from '../src/model/index.ts';
import { analyzeParallel, defaultJobs } from '../src/parallel/index.ts';
import { analyze } from '../src/pipeline.ts';
import { StageTimings } from '../src/pipeline-story.ts';
import { compare } from '../src/stages/compare/index.ts';
import { extract } from '../src/stages/extract/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { countWords } from '../src/text/normalise.ts';
import { getNlp } from '../src/text/wink.ts';
import { type BenchResults, compareResults, readPrevious, writeResults } from './lib/bench-results.ts';
import { type ColdRun, coldCli } from './lib/cold-cli.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';

const RESULTS = new URL('results/latest.json', import.meta.url).pathname;
// as the CLI does (bin/parallax.js), so that the workers find the modules compiled as a command's do
module.enableCompileCache();

const docs = loadEcbPlus();
const bytes = new TextEncoder().encode(docs.map((d) => JSON.stringify({ text: d.text })).join('\n'));
const words = docs.reduce((sum, d) => sum + countWords(d.text), 0);
const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
const rate = (n: number, ms: number) => perSecond(n, ms).toLocaleString('en-US');

// Bare wink-nlp tokenisation: the floor any wink-based pipeline stands on, read with wink's default
// pipe (as when the goal was set; the pipeline reads with a leaner one, see src/text/wink.ts). The
// pipeline's own instance is loaded beforehand, as the tokenisation's is, so neither time holds a load.
getNlp();
const nlp = winkNLP(model);
let start = performance.now();
let tokens = 0;
for (const doc of docs) tokens += nlp.readDoc(doc.text).tokens().length();
const winkMs = performance.now() - start;

const { values } = parseArgs({ options: { jobs: { type: 'string' } } });
const jobs = values.jobs ? Number(values.jobs) : availableParallelism();
const now = new Date();
// over `jobs` worker threads (none when jobs is 1)
const timings = new Map<string, number>();
// CPU seconds of the whole process (every thread, V8's own included) and of this thread
const cpuNow = () => {
  const all = process.cpuUsage();
  const own = process.threadCpuUsage();
  return { all: (all.user + all.system) / 1e6, own: (own.user + own.system) / 1e6 };
};
const cpuSince = (from: { all: number; own: number }) => {
  const to = cpuNow();
  return { process: Number((to.all - from.all).toFixed(2)), thread: Number((to.own - from.own).toFixed(2)) };
};
let cpuStart = cpuNow();
start = performance.now();
const report = await analyzeParallel(
  [{ path: 'ecbplus.jsonl', bytes }],
  {},
  createContext({ now, timings }),
  { jobs },
);
const analyzeMs = performance.now() - start;
const analyzeCpu = cpuSince(cpuStart);
const rssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
const load = Number(loadavg()[0]?.toFixed(2));

// in one thread, for the time of each stage (elapsed and this thread's CPU): warm, after the run above
const stageTimings = new StageTimings();
cpuStart = cpuNow();
start = performance.now();
const oneReport = analyze(
  [{ path: 'ecbplus.jsonl', bytes }],
  {},
  createContext({ now, timings: stageTimings }),
);
const oneThreadMs = performance.now() - start;
const oneThreadCpu = cpuSince(cpuStart);
if (JSON.stringify(oneReport.stories) !== JSON.stringify(report.stories))
  throw new Error('the report over worker threads is not the report of one thread');

// the command a user runs, cold: one JSONL file, report to a file, with the CLI's default threads
// (what the goal is about) and, when the bench was given other jobs, with those as well
const cliJobs = defaultJobs();
const cli = coldCli(bytes, []);
const cliOver = jobs === cliJobs ? null : coldCli(bytes, ['--jobs', String(jobs)]);

// One 50-article story: the documents of the largest topics, taken together.
const byTopic = Map.groupBy(docs, (d) => d.topic);
const story = [...byTopic.values()]
  .sort((a, b) => b.length - a.length)
  .flat()
  .slice(0, 50);
const storyFiles = story.map((d, i) => ({
  path: `s${i}.json`,
  bytes: new TextEncoder().encode(JSON.stringify({ text: d.text })),
}));
const storyReport = analyze(storyFiles, { cluster: { threshold: -1 } }, createContext());
const storyCtx = createContext();
const segmentOne = segment();
const articles: SegmentedArticle[] = storyReport.articles.map((a) => segmentOne(a, storyCtx));
const input = {
  story: { id: 's1', title: '', articleIds: articles.map((a) => a.article.id), keywords: [] },
  articles,
};
start = performance.now();
const extraction = extract()(input, storyCtx);
const extractStoryMs = performance.now() - start;
start = performance.now();
compare()({ ...input, ...extraction }, storyCtx);
const compareMs = performance.now() - start;

const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(34)} ${value}\n`);
process.stdout.write(
  `parallax bench: ${docs.length} ECB+ documents, ${words.toLocaleString('en-US')} words (node ${process.version})\n`,
);
line(`analyze, whole pipeline, jobs ${jobs}`, `${(analyzeMs / 1000).toFixed(2)} s`);
line('  articles/s', rate(report.articles.length, analyzeMs));
line('  words/s', rate(words, analyzeMs));
line('  stories found', String(report.stories.length));
line('  peak RSS', `${rssMiB} MiB`);
line(
  'bare wink-nlp tokenisation',
  `${(winkMs / 1000).toFixed(2)} s, ${rate(words, winkMs)} words/s (${tokens} tokens)`,
);
line('analyze / bare tokenisation', `${(analyzeMs / winkMs).toFixed(2)}x the time`);
for (const [phase, ms] of timings)
  line(`  ${jobs > 1 ? 'phase' : 'stage'} ${phase}`, `${ms.toFixed(0)} ms, ${rate(words, ms)} words/s`);
// what the threads' own work took, and what V8's garbage collector and compiler threads took beside it
const cpuLine = (cpu: { process: number; thread: number }, workers: number) =>
  `${cpu.process.toFixed(1)} s: this thread ${cpu.thread.toFixed(1)} s, workers ${workers.toFixed(1)} s, ` +
  `V8's background threads ${(cpu.process - cpu.thread - workers).toFixed(1)} s`;
const workerCpu =
  [...timings]
    .filter(([key]) => key.endsWith('worker CPU') || key.startsWith('worker start'))
    .reduce((n, [, ms]) => n + ms, 0) / 1000;
line('  CPU', cpuLine(analyzeCpu, workerCpu));
// On free cores a run takes at least its main thread's CPU time and its total spread over the cores:
// a floor that a busy machine's wall clock hides, to compare the CLI's threads by.
const floorOf = (run: ColdRun) =>
  run.cpuSeconds === null || run.mainThreadCpuSeconds === null
    ? ''
    : `; on ${availableParallelism()} free cores at least ` +
      `${Math.max(run.mainThreadCpuSeconds, run.cpuSeconds / availableParallelism()).toFixed(1)} s`;
const cliLine = (label: string, run: ColdRun) =>
  line(
    label,
    `${(run.ms / 1000).toFixed(2)} s, ${rate(report.articles.length, run.ms)} articles/s` +
      (run.cpuSeconds === null ? '' : `, CPU ${run.cpuSeconds.toFixed(1)} s (all its threads)`) +
      (run.mainThreadCpuSeconds === null ? '' : `, main thread ${run.mainThreadCpuSeconds.toFixed(1)} s`) +
      floorOf(run),
  );
cliLine(`cold CLI, one JSONL file, jobs ${cliJobs}`, cli);
if (cliOver) cliLine(`cold CLI, --jobs ${jobs}`, cliOver);
line(
  'analyze in one thread, warm',
  `${(oneThreadMs / 1000).toFixed(2)} s, ${rate(report.articles.length, oneThreadMs)} articles/s`,
);
line('  CPU', cpuLine(oneThreadCpu, 0));
for (const [stage, ms] of stageTimings) {
  const cpuMs = stageTimings.cpu.get(stage) ?? 0;
  line(
    `  stage ${stage}`,
    `${ms.toFixed(0)} ms (${cpuMs.toFixed(0)} ms CPU), ${rate(words, cpuMs)} words/CPU-s`,
  );
}
const storyWords = articles.reduce((sum, a) => sum + a.article.wordCount, 0);
line(
  '50-article story: extract',
  `${extractStoryMs.toFixed(0)} ms (${rate(storyWords, extractStoryMs)} words/s)`,
);
line(
  `${articles.length}-article story: compare`,
  `${compareMs.toFixed(0)} ms (${storyWords.toLocaleString('en-US')} words)`,
);

const results: BenchResults = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    platform: process.platform,
    load,
  },
  node: process.version,
  corpus: { documents: docs.length, words },
  analyze: {
    seconds: Number((analyzeMs / 1000).toFixed(2)),
    articlesPerSecond: perSecond(report.articles.length, analyzeMs),
    wordsPerSecond: perSecond(words, analyzeMs),
    stories: report.stories.length,
    peakRssMiB: rssMiB,
  },
  tokenise: { seconds: Number((winkMs / 1000).toFixed(2)), wordsPerSecond: perSecond(words, winkMs) },
  ratioToTokenise: Number((analyzeMs / winkMs).toFixed(2)),
  jobs,
  stagesMs: Object.fromEntries([...timings].map(([stage, ms]) => [stage, Math.round(ms)])),
  oneThread: {
    seconds: Number((oneThreadMs / 1000).toFixed(2)),
    articlesPerSecond: perSecond(report.articles.length, oneThreadMs),
    stagesMs: Object.fromEntries([...stageTimings].map(([stage, ms]) => [stage, Math.round(ms)])),
    stagesCpuMs: Object.fromEntries([...stageTimings.cpu].map(([stage, ms]) => [stage, Math.round(ms)])),
    cpu: oneThreadCpu,
  },
  cpu: { ...analyzeCpu, workers: Number(workerCpu.toFixed(2)) },
  cli: {
    jobs: cliJobs,
    seconds: Number((cli.ms / 1000).toFixed(2)),
    articlesPerSecond: perSecond(report.articles.length, cli.ms),
    ...(cli.cpuSeconds === null ? {} : { cpuSeconds: cli.cpuSeconds }),
    ...(cli.mainThreadCpuSeconds === null ? {} : { mainThreadCpuSeconds: cli.mainThreadCpuSeconds }),
    ...(cliOver
      ? {
          over: {
            jobs,
            seconds: Number((cliOver.ms / 1000).toFixed(2)),
            ...(cliOver.cpuSeconds === null ? {} : { cpuSeconds: cliOver.cpuSeconds }),
            ...(cliOver.mainThreadCpuSeconds === null
              ? {}
              : { mainThreadCpuSeconds: cliOver.mainThreadCpuSeconds }),
          },
        }
      : {}),
  },
  story: {
    articles: articles.length,
    words: storyWords,
    extractMs: Math.round(extractStoryMs),
    compareMs: Math.round(compareMs),
  },
};
const previous = readPrevious(RESULTS);
if (previous) {
  process.stdout.write(
    `\nchange against the previous committed run (${previous.date}, ${previous.machine.cores} cores, node ${previous.node}):\n`,
  );
  for (const change of compareResults(previous, results)) process.stdout.write(`  ${change}\n`);
} else process.stdout.write('\nno previous committed run to compare with\n');
writeResults(RESULTS, results);
process.stdout.write(
  `results written to bench/results/latest.json (commit it with the change it measures)\n`,
);
