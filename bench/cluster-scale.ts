// npm run bench:cluster: the grouping at scale, on synthetic articles made from the ECB+ and NeuS
// documents (shifted dates, reworded leads; see lib/cluster-scale-child.ts). Each size runs in its own
// process; prints the grouping's time and CPU time (the per-article reading excluded), peak RSS (including the
// segmented source documents), the largest and 99th-percentile story sizes and copies of one source
// event per story (chaining: copies 45 days apart joining one by one into a story that holds them all),
// B-cubed P/R/F1 against each copy of an event as its own story, and the growth exponent of time between the smallest and largest size.
// Arguments: the sizes (default 10000 30000 100000); `--online` places each article once on arrival
// at the default threshold, as the store does on ingest, instead of the batch grouping of `analyze`.
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const mode = args.includes('--online') ? 'online' : 'batch';
const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
if (!sizes.length) sizes.push(10_000, 30_000, 100_000);
const child = new URL('./lib/cluster-scale-child.ts', import.meta.url).pathname;
const runs: { n: number; ms: number; cpuMs: number }[] = [];
process.stdout.write(
  `${mode} grouping\narticles   grouping s   CPU s   articles/s   peak RSS MiB   stories   topics   max story   p99 story   max copies   p99 copies   B3 P / R / F1 vs copies\n`,
);
for (const n of sizes) {
  const out = execFileSync(process.execPath, [child, String(n), mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const run = JSON.parse(out.trim().split('\n').pop() as string);
  runs.push(run);
  const cells = [
    [n, 8],
    [(run.ms / 1000).toFixed(1), 10],
    [(run.cpuMs / 1000).toFixed(1), 5],
    [Math.round(n / (run.ms / 1000)), 10],
    [run.rssMiB, 12],
    [run.stories, 7],
    [run.topics, 6],
    [run.maxStory, 9],
    [run.p99Story, 9],
    [run.maxCopies, 10],
    [run.p99Copies, 10],
    [run.b3.map((x: number) => x.toFixed(3)).join(' / '), 23],
  ] as const;
  process.stdout.write(`${cells.map(([v, w]) => String(v).padStart(w)).join('   ')}\n`);
}
const first = runs[0];
const last = runs[runs.length - 1];
const exponent = (from: number, to: number) =>
  (Math.log(to / from) / Math.log((last?.n ?? 1) / (first?.n ?? 1))).toFixed(2);
if (first && last && last.n > first.n)
  process.stdout.write(
    `growth exponent from ${first.n} to ${last.n}: of time ${exponent(first.ms, last.ms)}, of CPU time ${exponent(first.cpuMs, last.cpuMs)}\n`,
  );
