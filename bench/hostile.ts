// npm run bench:hostile: the hostile inputs of issue 16, each at 250 KB and 1 MB beside a normal
// article, through `analyze` and the three renderers in a child process each (a hang is killed at
// the cap); prints seconds, peak RSS, the growth ratio and the slowest stages.
// Options: --cap <seconds> (default 60), --sizes <bytes,bytes> (default 250000,1000000), --uncut (no
// article size budget in clean: shows how the stages themselves scale), --cut <characters> (that
// budget instead of clean's default), and any other argument keeps only the cases whose name contains
// it. The per-article time budget is off (--article-timeout would stop a slow case, not time it).
// Each cell: wall-clock seconds, the child's CPU seconds (all its threads: on a busy machine the
// steadier figure), peak RSS; the growth is of the wall-clock time.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { HOSTILE_CASES } from '../test/hostile-cases.ts';
import { type CaseRun, runCase } from './lib/hostile-run.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    uncut: { type: 'boolean', default: false },
    cut: { type: 'string' },
    cap: { type: 'string', default: '60' },
    sizes: { type: 'string', default: '250000,1000000' },
  },
});
const capMs = Number(values.cap) * 1000;
const cut = values.uncut
  ? Number.POSITIVE_INFINITY
  : values.cut === undefined
    ? undefined
    : Number(values.cut);
const sizes = values.sizes.split(',').map(Number);
const cases = HOSTILE_CASES.filter((c) => !positionals.length || positionals.some((p) => c.name.includes(p)));

const kb = (bytes: number) => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`);
const cell = (r: CaseRun) =>
  r.error
    ? r.error.slice(0, 30)
    : `${r.timedOut ? '>' : ''}${(r.ms / 1000).toFixed(2)} s ${r.cpuMs === undefined ? '' : `(${(r.cpuMs / 1000).toFixed(1)} cpu) `}${r.rssMiB} MiB`;
const slowest = (r: CaseRun) =>
  (r.timedOut ? `killed after ${r.lastStep ?? 'loading'}; ` : '') +
  Object.entries(r.timings ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)}`)
    .join(', ');

process.stdout.write(
  `parallax bench:hostile — ${cases.length} cases, each beside one normal article; cap ${values.cap} s;${cut === undefined ? '' : cut === Number.POSITIVE_INFINITY ? ' no article size budget;' : ` article size budget ${cut} characters;`} node ${process.version}; load ${loadavg()[0]?.toFixed(1)}\n`,
);
process.stdout.write(
  `${'case'.padEnd(22)} ${sizes.map((s) => kb(s).padEnd(30)).join(' ')} growth  slowest stages at ${kb(sizes.at(-1) ?? 0)} (s); render\n`,
);
const goals: string[] = [];
for (const hostile of cases) {
  const runs: CaseRun[] = [];
  for (const size of sizes) {
    // a size that timed out or failed says enough: the larger one would too
    const last = runs.at(-1);
    const r = last && (last.timedOut || last.error) ? last : await runCase(hostile.name, size, capMs, cut);
    runs.push(r);
  }
  const [first, final] = [runs[0] as CaseRun, runs.at(-1) as CaseRun];
  const growth =
    first.ms > 0 && !final.timedOut && !final.error && runs.length > 1 ? final.ms / first.ms : NaN;
  process.stdout.write(
    `${hostile.name.padEnd(22)} ${runs.map((r) => cell(r).padEnd(30)).join(' ')} ${(Number.isNaN(growth) ? '—' : `${growth.toFixed(1)}x`).padEnd(7)} ${slowest(final)}${final.renderMs === undefined ? '' : `; ${(final.renderMs / 1000).toFixed(2)}`}\n`,
  );
  if (final.error || final.timedOut || final.ms > 5000 || final.rssMiB > 600 || growth > 5)
    goals.push(hostile.name);
}
process.stdout.write(`load at the end ${loadavg()[0]?.toFixed(1)}\n`);
process.stdout.write(
  goals.length
    ? `missed the goal (≤ 5 s, ≤ 600 MiB at the largest size, growth ≤ 5×): ${goals.join('; ')}\n`
    : 'every case met the goal (≤ 5 s, ≤ 600 MiB at the largest size, growth ≤ 5×)\n',
);
