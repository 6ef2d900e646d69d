// npm run eval: every quality evaluation in turn, each printing its own figures.
import { spawnSync } from 'node:child_process';

const EVALS = [
  'extract',
  'clean',
  'cluster',
  'quotes',
  'entities',
  'compare',
  'support',
  'summary',
  'outlets',
];
// the whole evaluation prints the held-out halves too, which the single scripts leave out by default
const ARGS: Record<string, string[]> = { quotes: ['--held-out'] };
let failed = 0;
for (const name of EVALS) {
  process.stdout.write(`\n===== eval:${name} =====\n`);
  const run = spawnSync(
    process.execPath,
    [new URL(`./eval-${name}.ts`, import.meta.url).pathname, ...(ARGS[name] ?? [])],
    {
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`eval:${name} exited with ${run.status}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
