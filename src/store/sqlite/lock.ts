import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from './db.ts';

/**
 * The store-wide grouping lock of a SQLite store, as a lease row in the `locks` table.
 *
 * Why not a transaction held around the work: the work is async and writes through the same
 * connection (saveStories), and SQLite has one transaction per connection, so the work's own
 * commits would end it. A lease row is taken in a short `BEGIN IMMEDIATE` transaction, renewed while
 * held and deleted on release; between those the file stays free for other writers (ingest of
 * other processes keeps inserting articles) while no two groupers run at once. A holder killed with
 * -9 leaves its row: another process on the same host takes it over as soon as the holder's pid is
 * gone (a living holder keeps it, see STUCK_MS); a holder on another host (a file on a shared disk)
 * loses it once its lease has expired.
 */

/** The lease's length: a holder that neither renews nor releases for this long is taken for dead. */
export const LEASE_MS = 30_000;

/**
 * On this host a living holder keeps the lock even past its lease (its renewals may wait behind
 * long synchronous work); only a lease expired this long ago is taken over, in case the pid was reused.
 */
const STUCK_MS = 10 * LEASE_MS;

/** How often a holder renews its lease. */
const RENEW_MS = 5_000;

/** How long a waiter sleeps between attempts, at most (it starts at a tenth of this). */
const POLL_MAX_MS = 200;

const LOCK_NAME = 'grouping';

/** True when a process with this pid runs on this host (EPERM: it exists but is not ours). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A grouping lock over one connection: `run(work)` holds it around `work`. */
export interface GroupingLock {
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** The grouping lock of the store open on `db`. */
export function groupingLock(db: Db): GroupingLock {
  const held = new AsyncLocalStorage<string>();
  const host = hostname();
  // Work of this store instance waits in line here before it contends with other processes.
  let queue: Promise<unknown> = Promise.resolve();

  const tryTake = (owner: string): boolean =>
    db.write(() => {
      const now = Date.now();
      const row = db.stmt('SELECT owner, pid, host, expires_at FROM locks WHERE name = ?').get(LOCK_NAME) as
        | { owner: string; pid: number; host: string; expires_at: number }
        | undefined;
      const free =
        row === undefined ||
        (row.host === host
          ? (row.pid !== process.pid && !alive(row.pid)) || row.expires_at + STUCK_MS <= now
          : row.expires_at <= now);
      if (!free) return false;
      db.stmt('INSERT OR REPLACE INTO locks (name, owner, pid, host, expires_at) VALUES (?, ?, ?, ?, ?)').run(
        LOCK_NAME,
        owner,
        process.pid,
        host,
        now + LEASE_MS,
      );
      return true;
    });

  const renew = (owner: string): void => {
    db.write(() => {
      db.stmt('UPDATE locks SET expires_at = ? WHERE name = ? AND owner = ?').run(
        Date.now() + LEASE_MS,
        LOCK_NAME,
        owner,
      );
    });
  };

  const release = (owner: string): void => {
    db.write(() => {
      db.stmt('DELETE FROM locks WHERE name = ? AND owner = ?').run(LOCK_NAME, owner);
    });
  };

  const acquire = async (owner: string): Promise<void> => {
    let wait = POLL_MAX_MS / 10;
    while (!tryTake(owner)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(POLL_MAX_MS, wait * 2);
    }
  };

  const hold = async <T>(work: () => Promise<T>): Promise<T> => {
    const owner = randomUUID();
    await acquire(owner);
    const timer = setInterval(() => {
      try {
        renew(owner);
      } catch {
        // A busy file: the next renewal tries again, well inside the lease.
      }
    }, RENEW_MS);
    timer.unref();
    try {
      return await held.run(owner, work);
    } finally {
      clearInterval(timer);
      if (db.handle.isOpen) release(owner);
    }
  };

  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      // Re-entrant: work already under this lock runs at once.
      if (held.getStore() !== undefined) return work();
      const result = queue.then(() => hold(work));
      queue = result.catch(() => {});
      return result;
    },
  };
}
