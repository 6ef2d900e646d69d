import { existsSync, readFileSync } from 'node:fs';

/**
 * Whether a process runs: an ended one left unreaped (a zombie: a container's init may never reap
 * the orphans handed to it) is not running.
 */
export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!existsSync('/proc')) return true;
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
