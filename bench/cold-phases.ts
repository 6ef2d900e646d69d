// Where a cold `parallax analyze` spends its time beyond the stages' work: the CLI's steps on the 982
// ECB+ documents as one JSONL file, in a fresh process, each with its wall-clock time and its CPU time
// in this thread and in the whole process (the rest: V8's compiler and collector threads): loading the
// pipeline, loading wink-nlp's model, reading the file, analysing, rendering the JSON report and
// writing it (one phase: the CLI writes each piece as it is rendered). `--again` then analyses and
// renders once more in the same process, warm (the code compiled, wink's lexicon and the stages'
// caches filled), which is what `npm run bench`'s one-thread figure measures. The options follow the
// script's path with no `--` before them (node hands a `--` on to the script, where it ends the options).
//   npx node bench/cold-phases.ts [--again] [--jobs N]   (over threads: also the CPU per phase of this
//   thread and of the workers, and the workers' start, as analyzeParallel counts them)
import module from 'node:module';

module.enableCompileCache();
const started = performance.now();
const phases: { name: string; ms: number; cpu: number; thread: number }[] = [];
const now = () => {
  const all = process.cpuUsage();
  const own = process.threadCpuUsage();
  return {
    ms: performance.now(),
    cpu: (all.user + all.system) / 1000,
    thread: (own.user + own.system) / 1000,
  };
};
let last = now();
const phase = (name: string) => {
  const at = now();
  phases.push({ name, ms: at.ms - last.ms, cpu: at.cpu - last.cpu, thread: at.thread - last.thread });
  last = at;
};

// the data first, outside the phases: the bench's own reading of the corpus is no part of a command
const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
const { loadavg, tmpdir } = await import('node:os');
const { join } = await import('node:path');
const { parseArgs } = await import('node:util');
const { loadEcbPlus } = await import('./lib/ecbplus.ts');
const { values } = parseArgs({ options: { again: { type: 'boolean' }, jobs: { type: 'string' } } });
const dir = mkdtempSync(join(tmpdir(), 'parallax-cold-'));
const input = join(dir, 'corpus.jsonl');
writeFileSync(
  input,
  loadEcbPlus()
    .map((d) => JSON.stringify({ text: d.text }))
    .join('\n'),
);
last = now();

try {
  // the CLI's steps, as src/cli/index.ts runs them for `analyze FILE -o report.json`
  const { collectInputs } = await import('../src/io/files.ts');
  const { writeFileAtomicFrom } = await import('../src/io/write-file.ts');
  const engine = await import('../src/cli/engine.ts');
  phase('load the pipeline');
  (await import('../src/text/wink.ts')).getNlp();
  phase("load wink-nlp's model");
  const inputs = await collectInputs([input], async () => new Uint8Array());
  phase('read the input');
  // over threads, the run's own timings say what this thread and the workers spent on each phase
  const timings = new Map<string, number>();
  const ctx = () => engine.createContext({ now: new Date(), issues: [...inputs.issues], timings });
  const jobs = values.jobs === undefined ? {} : { jobs: Number(values.jobs) };
  const report = await engine.analyzeParallel(inputs.files, {}, ctx(), jobs);
  phase('analyze');
  const output = join(dir, 'report.json');
  await writeFileAtomicFrom(output, (write) => engine.writeJson(report, write));
  phase('render and write JSON');
  const threads = [...timings].filter(([key]) => key.includes('CPU'));
  if (threads.length)
    process.stdout.write(
      `analyze over threads, CPU ms: ${threads.map(([key, ms]) => `${key} ${ms.toFixed(0)}`).join(', ')}\n`,
    );
  if (values.again) {
    timings.clear();
    const again = await engine.analyzeParallel(inputs.files, {}, ctx(), jobs);
    phase('analyze again, warm');
    await writeFileAtomicFrom(output, (write) => engine.writeJson(again, write));
    phase('render and write, warm');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const row = (name: string, ms: number, thread: number, cpu: number) =>
  `${name.padEnd(24)} ${(ms / 1000).toFixed(2).padStart(6)} s  CPU: this thread ${(thread / 1000).toFixed(2).padStart(5)} s, ` +
  `all threads ${(cpu / 1000).toFixed(2).padStart(5)} s\n`;
process.stdout.write(
  `parallax cold phases: 982 ECB+ documents as one JSONL file (node ${process.version}, load ${loadavg()[0]?.toFixed(1)})\n`,
);
for (const p of phases) process.stdout.write(row(p.name, p.ms, p.thread, p.cpu));
const cold = phases.filter((p) => !p.name.endsWith('warm'));
const sum = (key: 'ms' | 'thread' | 'cpu') => cold.reduce((n, p) => n + p[key], 0);
process.stdout.write(row('the cold command', sum('ms'), sum('thread'), sum('cpu')));
process.stdout.write(
  `(started ${((last.ms - started) / 1000).toFixed(1)} s ago, the corpus's reading included)\n`,
);
