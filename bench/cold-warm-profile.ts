// Where the cold run's extra time goes, function by function: the 982 ECB+ documents analysed twice
// in one process (one thread, as the CLI's default on 2 cores), each run under V8's sampling CPU
// profiler, and the collector's pauses of each run counted by kind. It prints this thread's CPU of
// each run, the collections (count and pause ms; minor: a scavenge, major or incremental: a mark-compact), then the
// functions and the files whose sampled self time is the most above the warm run's. The profile
// samples wall-clock time: on a busy host compare the columns with each other, not with a quiet run's.
// A function that the warm run's optimised code inlines is charged to its caller there (a small
// helper can look "cold only"): read the files' lines beside the functions'.
//   npx node bench/cold-warm-profile.ts [--top N] [--interval MICROSECONDS]
import { Session } from 'node:inspector/promises';
import module from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadEcbPlus } from './lib/ecbplus.ts';
import { loadLine, threadCpuMs } from './lib/measure.ts';

// as the CLI does (bin/parallax.js): the modules come compiled from Node's cache
module.enableCompileCache();
const { values } = parseArgs({ options: { top: { type: 'string' }, interval: { type: 'string' } } });
const top = Number(values.top ?? 30);

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const { analyze, createContext } = await import('../src/cli/engine.ts');
(await import('../src/text/wink.ts')).getNlp();
const text = loadEcbPlus()
  .map((d) => JSON.stringify({ text: d.text }))
  .join('\n');
const files = [{ path: 'ecbplus.jsonl', bytes: new TextEncoder().encode(text) }];

// the collector's pauses (Node's gc performance entries: kind, start and duration), told to the observer
// some turns of the event loop later, so each run takes those that started within its own time
const gcKinds = new Map<number, string>([
  [1, 'minor'],
  [2, 'major'],
  [4, 'incremental'],
  [8, 'weak callbacks'],
]);
const collections: { kind: string; start: number; ms: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const { detail } = entry as unknown as { detail?: { kind?: number } };
    collections.push({
      kind: gcKinds.get(detail?.kind ?? 0) ?? 'other',
      start: entry.startTime,
      ms: entry.duration,
    });
  }
});
observer.observe({ entryTypes: ['gc'] });
type Pauses = Map<string, { count: number; ms: number }>;
function pausesBetween(from: number, to: number): Pauses {
  const out: Pauses = new Map();
  for (const c of collections) {
    if (c.start < from || c.start >= to) continue;
    const sum = out.get(c.kind) ?? { count: 0, ms: 0 };
    out.set(c.kind, { count: sum.count + 1, ms: sum.ms + c.ms });
  }
  return out;
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: Number(values.interval ?? 500) });

// one run: this thread's CPU, the collections, and the sampled self ms by function ("name file:line")
async function run(): Promise<{ cpu: number; from: number; to: number; self: Map<string, number> }> {
  await session.post('Profiler.start');
  const from = performance.now();
  const start = threadCpuMs();
  analyze(files, {}, createContext({ now: new Date(), issues: [] }));
  const cpu = threadCpuMs() - start;
  const to = performance.now();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id);
    if (!frame) return;
    // V8's own entries ("(garbage collector)", "(program)") have no file
    const file = frame.url.replace(/^.*?\/(src|node_modules)\//, '$1/') || frame.functionName;
    const key = `${frame.functionName || '(anonymous)'}\t${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return { cpu, from, to, self };
}

process.stdout.write(
  `cold against warm: 982 ECB+ documents, one thread (node ${process.version}, load ${loadLine()})\n`,
);
const cold = await run();
const warm = await run();
// the observer is told of the last collections in a later turn of the event loop
await new Promise((resolve) => setTimeout(resolve, 100));
observer.disconnect();
const gc = { cold: pausesBetween(cold.from, cold.to), warm: pausesBetween(warm.from, warm.to) };
process.stdout.write(
  `this thread's CPU: cold ${(cold.cpu / 1000).toFixed(2)} s, warm ${(warm.cpu / 1000).toFixed(2)} s\n`,
);
for (const kind of new Set([...gc.cold.keys(), ...gc.warm.keys()])) {
  const [c, w] = [gc.cold.get(kind), gc.warm.get(kind)];
  process.stdout.write(
    `collections, ${kind}: cold ${c?.count ?? 0} (${(c?.ms ?? 0).toFixed(0)} ms), ` +
      `warm ${w?.count ?? 0} (${(w?.ms ?? 0).toFixed(0)} ms)\n`,
  );
}

// the keys by cold − warm, as rows "difference cold warm key"
function rows(coldMs: Map<string, number>, warmMs: Map<string, number>): string {
  const keys = new Set([...coldMs.keys(), ...warmMs.keys()]);
  return [...keys]
    .map((key) => ({ key, c: coldMs.get(key) ?? 0, w: warmMs.get(key) ?? 0 }))
    .sort((a, b) => b.c - b.w - (a.c - a.w) || (a.key < b.key ? -1 : 1))
    .slice(0, top)
    .map(
      ({ key, c, w }) =>
        `${(c - w).toFixed(0).padStart(7)} ${c.toFixed(0).padStart(7)} ${w.toFixed(0).padStart(7)}  ${key.replace('\t', ' ')}\n`,
    )
    .join('');
}
const byFile = (self: Map<string, number>) => {
  const out = new Map<string, number>();
  for (const [key, ms] of self) {
    const file = (key.split('\t')[1] ?? key).replace(/:-?\d+$/, '');
    out.set(file, (out.get(file) ?? 0) + ms);
  }
  return out;
};
process.stdout.write('sampled self ms: cold − warm, cold, warm, function\n');
process.stdout.write(rows(cold.self, warm.self));
process.stdout.write('by file:\n');
process.stdout.write(rows(byFile(cold.self), byFile(warm.self)));
