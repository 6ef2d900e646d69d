// Run one hostile case in a child process with a time cap, watching its peak RSS from /proc so a
// killed run still has a figure.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** What one child run of a hostile case measured. */
export interface CaseRun {
  readonly ms: number;
  readonly rssMiB: number;
  /** CPU seconds of the child's whole process (all threads), when it finished. */
  readonly cpuMs?: number;
  readonly timedOut: boolean;
  /** First line of the child's error when it failed (a crash), else undefined. */
  readonly error?: string;
  readonly renderMs?: number;
  readonly timings?: Record<string, number>;
  readonly issues?: readonly string[];
  /** For a run killed at the cap: the step that had finished last (the next one hung). */
  readonly lastStep?: string;
}

// The last running totals a child wrote to stderr before it was killed.
function partialTimings(stderr: string): { timings?: Record<string, number>; lastStep?: string } {
  const line = stderr.split('\n').findLast((l) => l.startsWith('timings '));
  if (!line) return {};
  const { last, ...timings } = JSON.parse(line.slice(8)) as Record<string, number> & { last: string };
  return { timings, lastStep: last };
}

// The peak resident set of a live process in MiB (Linux), 0 where /proc cannot say.
function peakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/**
 * Run `hostile-child.ts` on one case and size; kill it past `capMs`. `cut`: clean's article size
 * budget in characters (Infinity: none; default clean's own).
 */
export function runCase(name: string, bytes: number, capMs: number, cut?: number): Promise<CaseRun> {
  const child = spawn(
    process.execPath,
    [
      new URL('./hostile-child.ts', import.meta.url).pathname,
      name,
      String(bytes),
      cut === undefined ? 'cut' : cut === Number.POSITIVE_INFINITY ? 'uncut' : String(cut),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const start = performance.now();
  let stdout = '';
  let stderr = '';
  let rss = 0;
  let timedOut = false;
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const watch = setInterval(() => (rss = Math.max(rss, peakRss(child.pid ?? 0))), 100);
  const kill = setTimeout(() => {
    timedOut = true;
    rss = Math.max(rss, peakRss(child.pid ?? 0));
    child.kill('SIGKILL');
  }, capMs);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(watch);
      clearTimeout(kill);
      const elapsed = performance.now() - start;
      if (timedOut) return resolve({ ms: elapsed, rssMiB: rss, timedOut, ...partialTimings(stderr) });
      if (status !== 0) {
        const line =
          stderr.split('\n').find((l) => /Error|error/.test(l) && !l.startsWith('timings ')) ??
          `exit ${status}`;
        return resolve({ ms: elapsed, rssMiB: rss, timedOut, error: line.trim() });
      }
      const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as CaseRun;
      resolve({ ...result, rssMiB: Math.max(result.rssMiB, rss), timedOut: false });
    });
  });
}
