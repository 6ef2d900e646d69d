import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** One run of `npm run bench`, as kept in bench/results/latest.json so that a regression shows in review. */
export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cores: number;
    readonly cpu: string;
    readonly platform: string;
    /** The 1-minute load average as the analysis ended: others' work on a shared machine slows every time. */
    readonly load?: number;
  };
  readonly node: string;
  readonly corpus: { readonly documents: number; readonly words: number };
  readonly analyze: {
    readonly seconds: number;
    readonly articlesPerSecond: number;
    readonly wordsPerSecond: number;
    readonly stories: number;
    readonly peakRssMiB: number;
  };
  readonly tokenise: { readonly seconds: number; readonly wordsPerSecond: number };
  /** The whole analysis' time over bare wink-nlp tokenisation's: the steadier figure on a shared machine. */
  readonly ratioToTokenise: number;
  /** Worker threads of the `analyze` figures (absent: one thread, before `--jobs`). */
  readonly jobs?: number;
  /** Per stage in one thread; per phase, wall-clock, over worker threads. */
  readonly stagesMs: Readonly<Record<string, number>>;
  /** The same analysis in one thread, with the time of each stage. */
  readonly oneThread?: {
    readonly seconds: number;
    readonly articlesPerSecond: number;
    readonly stagesMs: Readonly<Record<string, number>>;
    /** This thread's CPU time in each stage: steadier than the elapsed time on a busy machine. */
    readonly stagesCpuMs?: Readonly<Record<string, number>>;
    readonly cpu?: { readonly process: number; readonly thread: number };
  };
  /**
   * CPU seconds of the `analyze` figures: the whole process, this thread, the workers (their start
   * included); the rest is V8's garbage collector and compiler threads.
   */
  readonly cpu?: { readonly process: number; readonly thread: number; readonly workers: number };
  /**
   * `parallax analyze` of the corpus as one JSONL file, as a cold command (start-up included), with
   * the CLI's default threads (`jobs`; absent before it was recorded: the bench's jobs), its CPU
   * seconds in all its threads and in its main thread (the rest: workers and V8's compiler and
   * collector threads), and `over` the bench's `--jobs` when those differ.
   */
  readonly cli?: {
    readonly seconds: number;
    readonly articlesPerSecond: number;
    readonly jobs?: number;
    readonly cpuSeconds?: number;
    readonly mainThreadCpuSeconds?: number;
    readonly over?: {
      readonly jobs: number;
      readonly seconds: number;
      readonly cpuSeconds?: number;
      readonly mainThreadCpuSeconds?: number;
    };
  };
  readonly story: {
    readonly articles: number;
    readonly words: number;
    readonly extractMs: number;
    readonly compareMs: number;
  };
}

/** Load per core above which a run shares the machine enough to shift its times. */
const BUSY = 0.75;

/** A figure compared between two runs, and whether a larger value is better. */
const FIGURES: readonly [string, (r: BenchResults) => number | undefined, 'higher' | 'lower'][] = [
  ['analyze, seconds', (r) => r.analyze.seconds, 'lower'],
  ['analyze, articles/s', (r) => r.analyze.articlesPerSecond, 'higher'],
  ['analyze, words/s', (r) => r.analyze.wordsPerSecond, 'higher'],
  ['peak RSS, MiB', (r) => r.analyze.peakRssMiB, 'lower'],
  ['analyze / bare tokenisation', (r) => r.ratioToTokenise, 'lower'],
  ['one thread, seconds', (r) => r.oneThread?.seconds ?? (r.jobs ? undefined : r.analyze.seconds), 'lower'],
  ['cold CLI, seconds', (r) => r.cli?.seconds, 'lower'],
  ['cold CLI, CPU seconds', (r) => r.cli?.cpuSeconds, 'lower'],
  ['cold CLI, main thread CPU seconds', (r) => r.cli?.mainThreadCpuSeconds, 'lower'],
  ['story extract, ms', (r) => r.story.extractMs, 'lower'],
  ['story compare, ms', (r) => r.story.compareMs, 'lower'],
];

/**
 * Lines comparing this run with a previous one: each figure's old and new value, its change in
 * percent and whether that is better or worse, the per-stage times, and a warning when the two runs
 * differ in machine, Node or corpus (then the figures do not compare).
 * @example
 * compareResults(previous, current); // ['analyze, articles/s   131 → 126 (-3.8%, worse)', …]
 */
export function compareResults(previous: BenchResults, current: BenchResults): string[] {
  const lines: string[] = [];
  const differs = [
    previous.machine.cores !== current.machine.cores || previous.machine.cpu !== current.machine.cpu
      ? `machine (${previous.machine.cores} × ${previous.machine.cpu})`
      : '',
    previous.node !== current.node ? `Node (${previous.node})` : '',
    previous.corpus.words !== current.corpus.words ? `corpus (${previous.corpus.words} words)` : '',
  ].filter(Boolean);
  if (differs.length)
    lines.push(`the previous run differs in ${differs.join(', ')}: the changes do not compare`);
  if ((previous.jobs ?? 1) !== (current.jobs ?? 1))
    lines.push(
      `the previous run analysed over ${previous.jobs ?? 1} thread(s), this one over ${current.jobs ?? 1}: ` +
        'the one-thread and per-stage figures compare like for like',
    );
  const cliJobs = (r: BenchResults) => r.cli?.jobs ?? r.jobs ?? 1;
  if (previous.cli && current.cli && cliJobs(previous) !== cliJobs(current))
    lines.push(
      `the previous cold CLI ran over ${cliJobs(previous)} thread(s), this one over ${cliJobs(current)}: ` +
        'its figures do not compare',
    );
  const busiest = Math.max(previous.machine.load ?? 0, current.machine.load ?? 0) / current.machine.cores;
  if (busiest > BUSY)
    lines.push(
      `the machine was busy (load ${previous.machine.load ?? '?'} then, ${current.machine.load ?? '?'} now, on ` +
        `${current.machine.cores} cores): times move with it; the ratio to bare tokenisation is steadier`,
    );
  const rows: [string, number | undefined, number | undefined, 'higher' | 'lower'][] = FIGURES.map(
    ([label, get, better]) => [label, get(previous), get(current), better],
  );
  // per stage in one thread: the previous run's own stages when it ran in one thread
  const stages = (r: BenchResults) => r.oneThread?.stagesMs ?? (r.jobs && r.jobs > 1 ? {} : r.stagesMs);
  for (const stage of Object.keys(stages(current)))
    rows.push([`stage ${stage}, ms`, stages(previous)[stage], stages(current)[stage], 'lower']);
  const cpu = (r: BenchResults) => r.oneThread?.stagesCpuMs ?? {};
  for (const stage of Object.keys(cpu(current)))
    rows.push([`stage ${stage}, CPU ms`, cpu(previous)[stage], cpu(current)[stage], 'lower']);
  for (const [label, before, after, better] of rows) {
    if (before === undefined || after === undefined) continue;
    const change = before === 0 ? 0 : ((after - before) / before) * 100;
    const verdict =
      Math.abs(change) < 0.05 ? 'same' : change > 0 === (better === 'higher') ? 'better' : 'worse';
    lines.push(
      `${label.padEnd(32)} ${before} → ${after} (${change >= 0 ? '+' : ''}${change.toFixed(1)}%, ${verdict})`,
    );
  }
  return lines;
}

/**
 * The results of the previous committed run: the file as committed in git (HEAD), else as on disk,
 * else null.
 */
export function readPrevious(path: string): BenchResults | null {
  try {
    const cwd = existsSync(dirname(path)) ? dirname(path) : process.cwd();
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
    const text = execFileSync('git', ['show', `HEAD:${relative(root, path)}`], {
      encoding: 'utf8',
      stdio: 'pipe',
      cwd: root,
    });
    return JSON.parse(text) as BenchResults;
  } catch {
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BenchResults) : null;
  }
}

/** Write a run's results as indented JSON, creating the folder. */
export function writeResults(path: string, results: BenchResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
