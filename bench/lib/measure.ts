// What the speed benches measure with: this thread's CPU, the machine's load, and a digest of an
// output (so that a speed change shows its output is the same).
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';

/** This thread's CPU time so far (user + system), in ms. */
export function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/** The load averages over 1, 5 and 15 minutes, as "0.52 1.10 1.45". */
export function loadLine(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

/** The first 16 hex digits of the SHA-256 of a value's JSON. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}
