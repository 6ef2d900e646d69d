// npm run bench:cluster: the grouping at scale, on synthetic articles made from the ECB+ and NeuS
// documents (shifted dates, reworded leads; see lib/cluster-scale-child.ts). Each size runs in its own
// process; prints the grouping's time (the per-article reading excluded), peak RSS (including the
// segmented source documents) and the growth exponent of time between the smallest and largest size.
// Arguments: the sizes (default 10000 30000 100000).
import { execFileSync } from 'node:child_process';

const sizes = process.argv.slice(2).map(Number);
if (!sizes.length) sizes.push(10_000, 30_000, 100_000);
const child = new URL('./lib/cluster-scale-child.ts', import.meta.url).pathname;
const runs: { n: number; ms: number; rssMiB: number; stories: number; topics: number }[] = [];
process.stdout.write('articles   grouping s   articles/s   peak RSS MiB   stories   topics\n');
for (const n of sizes) {
  const out = execFileSync(process.execPath, [child, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const run = JSON.parse(out.trim().split('\n').pop() as string);
  runs.push(run);
  process.stdout.write(
    `${String(n).padStart(8)}   ${(run.ms / 1000).toFixed(1).padStart(10)}   ${String(Math.round(n / (run.ms / 1000))).padStart(10)}   ${String(run.rssMiB).padStart(12)}   ${String(run.stories).padStart(7)}   ${String(run.topics).padStart(6)}\n`,
  );
}
const first = runs[0];
const last = runs[runs.length - 1];
if (first && last && last.n > first.n)
  process.stdout.write(
    `growth exponent of time from ${first.n} to ${last.n}: ${(Math.log(last.ms / first.ms) / Math.log(last.n / first.n)).toFixed(2)}\n`,
  );
