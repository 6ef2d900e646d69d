import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { LEASE_MS } from '../../src/store/sqlite/lock.ts';

// The SQLite grouping lock's lease row, as other processes leave it: a dead holder's lease is taken
// over at once, a living one's never, another host's once expired.

const dir = mkdtempSync(join(tmpdir(), 'parallax-lock-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A store file whose lock row says `holder` holds the grouping lock until `expiresAt`. */
async function heldBy(
  name: string,
  holder: { pid: number; host: string; expiresAt: number },
): Promise<string> {
  const path = join(dir, name);
  await (await openSqliteStore(path)).close();
  const db = new DatabaseSync(path);
  db.prepare(
    `INSERT INTO locks (name, owner, pid, host, expires_at) VALUES ('grouping', 'other', ?, ?, ?)`,
  ).run(holder.pid, holder.host, holder.expiresAt);
  db.close();
  return path;
}

/** 'ran' when the lock is had within `ms`, else 'waiting' (the attempt is left to finish later). */
async function tryFor(path: string, ms: number): Promise<{ outcome: string; done: Promise<unknown> }> {
  const store = await openSqliteStore(path);
  const done = store.withGroupingLock(async () => 'ran').finally(() => store.close());
  const outcome = await Promise.race([done, sleep(ms, 'waiting', { ref: false })]);
  return { outcome: String(outcome), done };
}

/** A process that lives until killed, and its pid. */
function sleeper() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return {
    pid: child.pid as number,
    stop: () => new Promise((resolve) => child.once('exit', resolve).kill('SIGKILL')),
  };
}

test("a dead holder's lease on this host is taken over at once", async () => {
  const gone = sleeper();
  await gone.stop();
  const path = await heldBy('dead.db', { pid: gone.pid, host: hostname(), expiresAt: Date.now() + LEASE_MS });
  assert.equal((await tryFor(path, 2000)).outcome, 'ran');
});

test('a living holder on this host keeps the lock, past its lease too, until it is gone', async () => {
  const alive = sleeper();
  const path = await heldBy('alive.db', { pid: alive.pid, host: hostname(), expiresAt: Date.now() - 1000 });
  const attempt = await tryFor(path, 600);
  assert.equal(attempt.outcome, 'waiting');
  await alive.stop();
  assert.equal(await Promise.race([attempt.done, sleep(5000, 'still waiting', { ref: false })]), 'ran');
});

test("another host's holder keeps the lock until its lease expires", async () => {
  // a whole lease (not a lease a loaded machine may let run out before the first attempt), ended
  // by hand once the waiter is seen waiting
  const path = await heldBy('remote.db', {
    pid: 1,
    host: `not-${hostname()}`,
    expiresAt: Date.now() + LEASE_MS,
  });
  const attempt = await tryFor(path, 300);
  assert.equal(attempt.outcome, 'waiting');
  const db = new DatabaseSync(path);
  db.prepare(`UPDATE locks SET expires_at = ? WHERE name = 'grouping'`).run(Date.now() - 1);
  db.close();
  assert.equal(await Promise.race([attempt.done, sleep(5000, 'still waiting', { ref: false })]), 'ran');
});
