// `parallax analyze` as a user runs it: a fresh process on one JSONL file, the report written to a
// file; its wall-clock time and, on Linux, the CPU time of all its threads (the kernel's count of a
// waited-for child's user and system time), which a busy machine shifts far less, and that of its main
// thread (told by an exit hook, cold-cli-hook.ts): the rest is V8's compiler and collector threads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A cold command's wall-clock milliseconds, its CPU seconds (all its threads; null off Linux) and its
 * main thread's CPU seconds (null when the command did not say).
 */
export interface ColdRun {
  readonly ms: number;
  readonly cpuSeconds: number | null;
  readonly mainThreadCpuSeconds: number | null;
}

const BIN = new URL('../../bin/parallax.js', import.meta.url).pathname;
const HOOK = new URL('cold-cli-hook.ts', import.meta.url).href;
const MAIN_THREAD_CPU = /^parallax-bench main-thread-cpu ([\d.]+)$/m;
// Linux counts CPU time in clock ticks of 1/100 s (USER_HZ)
const TICKS_PER_SECOND = 100;

/**
 * The CPU seconds of this process's waited-for children so far (fields cutime and cstime of
 * /proc/self/stat), or null where there is no /proc.
 */
export function childrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // after "pid (comm) ", field 3 (state) is index 0: cutime is field 16, cstime 17
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * Run `parallax analyze` on `bytes` as one JSONL file with `args` (such as `--jobs 2`) in a new
 * process, quiet, the report to a file; throws when the command fails (exit 3, inputs skipped, is done).
 */
export function coldCli(bytes: Uint8Array, args: readonly string[]): ColdRun {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, bytes);
    const cpuBefore = childrenCpu();
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      ['--import', HOOK, BIN, 'analyze', input, '-q', '-o', join(dir, 'report.json'), ...args],
      { encoding: 'utf8' },
    );
    const ms = performance.now() - start;
    const cpuAfter = childrenCpu();
    if (run.status !== 0 && run.status !== 3) throw new Error(`parallax analyze failed: ${run.stderr}`);
    const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    const mainThread = MAIN_THREAD_CPU.exec(run.stderr)?.[1];
    return {
      ms,
      cpuSeconds: cpuSeconds === null ? null : Number(cpuSeconds.toFixed(2)),
      mainThreadCpuSeconds: mainThread === undefined ? null : Number(mainThread),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
