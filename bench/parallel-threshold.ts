// npm run bench:parallel: from how many articles a worker pool pays for its start, and whether it
// pays at all on this machine. The first n ECB+ documents, as one JSONL file, analysed by a fresh
// process (as a command runs: module loading included) in one thread and over 2 threads (this one and
// a worker); the best of three runs each, with its CPU seconds in all the process's threads (Linux).
// The size at which the pool starts to win is what MIN_ARTICLES_PER_WORKER (src/parallel/patterns.ts)
// is set from, and whether it wins on the whole corpus what the CLI's default threads follow.
//   npm run bench:parallel [-- --sizes 20,80,320,982 --runs 3]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultJobs } from '../src/parallel/index.ts';
import { MIN_ARTICLES_PER_WORKER } from '../src/parallel/patterns.ts';
import { childrenCpu } from './lib/cold-cli.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, runs: { type: 'string' } } });
// the default ends with the whole corpus (982 documents): what a run of `analyze` on it does
const SIZES = (values.sizes ?? '20,40,80,160,320,982').split(',').map(Number);
const RUNS = Number(values.runs ?? 3);
const CHILD = new URL('lib/parallel-child.ts', import.meta.url).pathname;
const docs = loadEcbPlus();
const dir = mkdtempSync(join(tmpdir(), 'parallax-threshold-'));

// The best of RUNS cold runs, in ms, and the CPU seconds of that run (all its threads; null off Linux).
function best(path: string, jobs: number): { ms: number; cpu: number | null } {
  let min = { ms: Number.POSITIVE_INFINITY, cpu: null as number | null };
  for (let r = 0; r < RUNS; r++) {
    const before = childrenCpu();
    const out = execFileSync(process.execPath, [CHILD, path, String(jobs)], { encoding: 'utf8' });
    const after = childrenCpu();
    const ms = (JSON.parse(out) as { ms: number }).ms;
    if (ms < min.ms) min = { ms, cpu: before === null || after === null ? null : after - before };
  }
  return min;
}

const shown = (run: { ms: number; cpu: number | null }) =>
  `${run.ms} ms${run.cpu === null ? '' : ` (${run.cpu.toFixed(1)} s CPU)`}`;

process.stdout.write(
  `parallax bench:parallel: cold analysis of the first n ECB+ documents, best of ${RUNS} (load ${loadavg()[0]?.toFixed(2)})\n`,
);
process.stdout.write(
  `${'articles'.padStart(8)} ${'1 thread'.padStart(24)} ${'2 threads'.padStart(24)}  ratio\n`,
);
try {
  for (const n of SIZES) {
    const path = join(dir, `first-${n}.jsonl`);
    writeFileSync(
      path,
      docs
        .slice(0, n)
        .map((d) => JSON.stringify({ text: d.text }))
        .join('\n'),
    );
    const one = best(path, 1);
    const two = best(path, 2);
    process.stdout.write(
      `${String(n).padStart(8)} ${shown(one).padStart(24)} ${shown(two).padStart(24)}  ${(two.ms / one.ms).toFixed(2)}\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(
  `workers are started from ${MIN_ARTICLES_PER_WORKER} articles per thread (${2 * MIN_ARTICLES_PER_WORKER} for 2); ` +
    `the CLI's default here is ${defaultJobs()} thread(s) (load ${loadavg()[0]?.toFixed(2)} at the end)\n`,
);
