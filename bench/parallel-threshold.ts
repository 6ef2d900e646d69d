// npm run bench:parallel: from how many articles a worker pool pays for its start. The first n ECB+
// documents, as one JSONL file, analysed by a fresh process (as a command runs: module loading
// included) in one thread and over 2 threads (this one and a worker); the best of three runs each.
// The size at which the pool starts to win is what MIN_ARTICLES_PER_WORKER (src/parallel/patterns.ts)
// is set from.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIN_ARTICLES_PER_WORKER } from '../src/parallel/patterns.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';

const SIZES = [20, 40, 80, 160, 320];
const RUNS = 3;
const CHILD = new URL('lib/parallel-child.ts', import.meta.url).pathname;
const docs = loadEcbPlus();
const dir = mkdtempSync(join(tmpdir(), 'parallax-threshold-'));

// The best of RUNS cold runs, in ms.
function best(path: string, jobs: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let r = 0; r < RUNS; r++) {
    const out = execFileSync(process.execPath, [CHILD, path, String(jobs)], { encoding: 'utf8' });
    min = Math.min(min, (JSON.parse(out) as { ms: number }).ms);
  }
  return min;
}

process.stdout.write(
  `parallax bench:parallel: cold analysis of the first n ECB+ documents, best of ${RUNS} (load ${loadavg()[0]?.toFixed(2)})\n`,
);
process.stdout.write(
  `${'articles'.padStart(8)} ${'1 thread'.padStart(10)} ${'2 threads'.padStart(10)}  ratio\n`,
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
      `${String(n).padStart(8)} ${`${one} ms`.padStart(10)} ${`${two} ms`.padStart(10)}  ${(two / one).toFixed(2)}\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(
  `workers are started from ${MIN_ARTICLES_PER_WORKER} articles per thread (${2 * MIN_ARTICLES_PER_WORKER} for 2; load ${loadavg()[0]?.toFixed(2)} at the end)\n`,
);
