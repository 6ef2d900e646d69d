import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import type { Store } from '../../src/store/types.ts';
import { createTestDatabase, needsPostgres } from './pg-database.ts';

/**
 * Several ingesters on one PostgreSQL database, as on several machines: child processes upsert
 * disjoint and overlapping batches at once, and one is killed (SIGKILL) mid-ingest. No article may be
 * lost or doubled, and the counts must be exact.
 */

const WORKER = join(import.meta.dirname, 'pg-worker.ts');

interface Outcome {
  readonly n: number;
  readonly status: 'inserted' | 'duplicate';
  readonly id: string;
  readonly by?: 'url' | 'content';
}

/** Start a worker (see pg-worker.ts) and collect the outcomes of the batches it reports committed. */
function startWorker(args: readonly string[]): {
  child: ChildProcess;
  outcomes: Outcome[];
  batches(): number;
} {
  const child = spawn(process.execPath, [WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const outcomes: Outcome[] = [];
  let batches = 0;
  let pending = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      outcomes.push(...(JSON.parse(line) as { outcomes: Outcome[] }).outcomes);
      batches++;
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => process.stderr.write(chunk));
  return { child, outcomes, batches: () => batches };
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

async function countRows(url: string): Promise<{ rows: number; urls: number; hashes: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ rows: number; urls: number; hashes: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT url_key)::int AS urls,
              count(DISTINCT content_hash)::int AS hashes FROM articles`,
    );
    return result.rows[0] as { rows: number; urls: number; hashes: number };
  } finally {
    await client.end();
  }
}

/**
 * Wait until the server has ended every other session on the database: a killed client's last
 * COMMIT may still be in flight, and the server finishes (or rolls back) its work on its own.
 */
async function sessionsGone(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let tries = 0; tries < 200; tries++) {
      const others = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      if (others.rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the killed process still has a session after 10 s');
  } finally {
    await client.end();
  }
}

async function storedCount(store: Store): Promise<number> {
  let count = 0;
  for await (const _ of store.articles({ limit: 1_000_000 })) count++;
  return count;
}

describe('PostgreSQL store: concurrent ingesters and kill -9', { skip: needsPostgres() }, () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  before(async () => {
    db = await createTestDatabase('concurrency');
  });
  after(async () => {
    await db?.drop();
  });

  test('two processes ingesting overlapping batches at once store every article exactly once', async () => {
    // Both open (and so migrate) the new database at the same moment; 0-599 forwards against
    // 899-300 backwards, so the overlap 300-599 is contended from both ends.
    const a = startWorker([db.url, '0', '599', '40']);
    const b = startWorker([db.url, '300', '899', '40', 'reverse', 'b']);
    assert.equal(await exitCode(a.child), 0);
    assert.equal(await exitCode(b.child), 0);
    assert.equal(a.outcomes.length, 600);
    assert.equal(b.outcomes.length, 600);

    const all = [...a.outcomes, ...b.outcomes];
    assert.equal(all.filter((o) => o.status === 'inserted').length, 900, 'inserted exactly once each');
    assert.equal(all.filter((o) => o.status === 'duplicate').length, 300);
    // The same article has one id whichever process stored it; the disjoint parts were never duplicates.
    const idOf = new Map<number, string>();
    for (const outcome of all) {
      const known = idOf.get(outcome.n);
      if (known !== undefined) assert.equal(outcome.id, known, `article ${outcome.n}`);
      idOf.set(outcome.n, outcome.id);
      if (outcome.n < 300 || outcome.n > 599) assert.equal(outcome.status, 'inserted');
    }
    assert.equal(new Set(idOf.values()).size, 900);
    // Every 7th (not 10th) of the overlap came to the second process under another URL: when it was
    // the duplicate, it was one by content.
    for (const outcome of b.outcomes) {
      if (outcome.status === 'duplicate' && outcome.n % 7 === 0 && outcome.n % 10 !== 0) {
        assert.equal(outcome.by, 'content', `article ${outcome.n}`);
      }
    }
    assert.deepEqual(await countRows(db.url), { rows: 900, urls: 900, hashes: 900 });
    const store = await openPostgresStore(db.url);
    try {
      assert.equal(await storedCount(store), 900);
      assert.equal((await store.stats()).articles, 900);
    } finally {
      await store.close();
    }
  });

  test('a process killed mid-ingest loses no committed batch, and a re-run completes without duplicates', async () => {
    const kill = await createTestDatabase('kill');
    try {
      const worker = startWorker([kill.url, '0', '1999', '25']);
      // Kill it once a few batches are reported committed, while it is writing the next ones.
      while (worker.batches() < 4 && worker.child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      worker.child.kill('SIGKILL');
      await exitCode(worker.child);
      await sessionsGone(kill.url);
      const reported = worker.outcomes.length;
      assert.ok(reported >= 100 && reported < 2000, `killed mid-way (${reported} reported)`);
      // Committed = reported, or one batch more (committed, killed before it said so); never a part.
      const { rows } = await countRows(kill.url);
      assert.ok(rows === reported || rows === reported + 25, `${rows} rows for ${reported} reported`);

      const rerun = startWorker([kill.url, '0', '1999', '25']);
      assert.equal(await exitCode(rerun.child), 0);
      assert.equal(rerun.outcomes.filter((o) => o.status === 'duplicate').length, rows);
      assert.equal(rerun.outcomes.filter((o) => o.status === 'inserted').length, 2000 - rows);
      assert.deepEqual(await countRows(kill.url), { rows: 2000, urls: 2000, hashes: 2000 });
    } finally {
      await kill.drop();
    }
  });
});
