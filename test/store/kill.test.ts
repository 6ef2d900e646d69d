import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { all } from './contract-scope.ts';
import { streamArticle } from './make-article.ts';

// Fault tests of the SQLite store: an ingest process killed with SIGKILL in the middle of its work
// loses nothing it reported committed and leaves nothing half-written; readers in another process
// keep working while a writer writes.

const CHILD = join(import.meta.dirname, 'ingest-child.ts');
const dir = mkdtempSync(join(tmpdir(), 'parallax-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A running ingest child: its process, the lines it printed so far, and its end. */
interface Child {
  readonly process: ChildProcess;
  readonly lines: string[];
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Resolves once the child has printed `n` committed lines. */
  committed(n: number): Promise<void>;
}

function ingest(db: string, first: number, count: number, batch: number): Child {
  const child = spawn(process.execPath, [CHILD, db, String(first), String(count), String(batch)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiting: { n: number; resolve: () => void }[] = [];
  let buffer = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
    const done = lines.filter((line) => line.startsWith('committed ')).length;
    for (const wait of waiting.filter((w) => w.n <= done)) wait.resolve();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return {
    process: child,
    lines,
    exit,
    committed: (n) =>
      Promise.race([
        new Promise<void>((resolve) => waiting.push({ n, resolve })),
        exit.then(({ stderr: err }) => {
          throw new Error(`the ingest child ended before ${n} batches: ${err}`);
        }),
      ]),
  };
}

/** The `total` of the child's last `committed` line: the articles it reported committed. */
function reportedTotal(lines: readonly string[]): number {
  const last = lines.filter((line) => line.startsWith('committed ')).at(-1);
  return last === undefined ? 0 : Number(/total (\d+)/.exec(last)?.[1]);
}

/** The file's integrity check and the full-text index's own check, read by a fresh connection. */
function checkIntegrity(path: string): void {
  const db = new DatabaseSync(path);
  try {
    assert.deepEqual({ ...db.prepare('PRAGMA integrity_check').get() }, { integrity_check: 'ok' });
    db.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')`);
  } finally {
    db.close();
  }
}

/**
 * Titles of the stored articles, checked to be exactly the stream's first `count`, once each; all
 * of them in stories, except (`ungrouped`) the last batch when a kill came between its commit and
 * its grouping.
 */
async function assertPrefix(path: string, count: number, ungrouped = 0): Promise<void> {
  const store = await openSqliteStore(path);
  try {
    const titles = (await all(store.articles({ limit: 1_000_000 }))).map((a) => a.article.title);
    const expected = Array.from({ length: count }, (_, n) => streamArticle(n).article.title);
    assert.deepEqual(titles, expected);
    const stats = await store.stats();
    assert.equal(stats.articles, count);
    const stories = await store.stories({ limit: 10_000 });
    const grouped = stories.reduce((sum, s) => sum + s.articleCount, 0);
    assert.ok(grouped <= count && grouped >= count - ungrouped, `${grouped} of ${count} in stories`);
    const loose = (await all(store.articles({ limit: 1_000_000 }))).filter((a) => a.storyId === null).length;
    assert.equal(loose, count - grouped);
  } finally {
    await store.close();
  }
}

const TOTAL = 2000;
const BATCH = 100;

test('SIGKILL during ingest loses nothing reported committed; a re-run completes without duplicates', async (t) => {
  const path = join(dir, 'killed.db');
  // Kill five times, each a little further into the batch after the second new one: inside the
  // insert transaction, the grouping, or between them (a batch takes about 30-40 ms here).
  for (const delay of [0, 4, 9, 17, 26]) {
    const before = await countOf(path);
    const child = ingest(path, 0, TOTAL, BATCH);
    await child.committed(before / BATCH + 2);
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.process.kill('SIGKILL');
    const { signal } = await child.exit;
    assert.equal(signal, 'SIGKILL', 'the child was killed, not finished');
    checkIntegrity(path);
    // Committed = what the run reported, or that plus the one batch committed before its line was
    // written (each batch of the stream is new to the store here, so it inserts exactly BATCH).
    const reported = before + reportedTotal(child.lines);
    const stored = await countOf(path);
    t.diagnostic(`killed: ${reported} reported committed, ${stored} stored`);
    assert.ok(stored === reported || stored === reported + BATCH, `stored ${stored}, reported ${reported}`);
    await assertPrefix(path, stored, BATCH);
  }
  const rerun = ingest(path, 0, TOTAL, BATCH);
  const { code, stderr } = await rerun.exit;
  assert.equal(code, 0, stderr);
  const done = rerun.lines.at(-1) ?? '';
  const stored = await countOf(path);
  assert.equal(stored, TOTAL);
  checkIntegrity(path);
  await assertPrefix(path, TOTAL);
  assert.match(done, /^done inserted \d+ duplicates \d+$/);
  const [, inserted, duplicates] = /inserted (\d+) duplicates (\d+)/.exec(done)?.map(Number) ?? [];
  assert.equal((inserted ?? 0) + (duplicates ?? 0), TOTAL);
});

test('another process reads the store while an ingest writes to it', async () => {
  const path = join(dir, 'shared.db');
  const writer = ingest(path, 0, 20_000, BATCH);
  try {
    await writer.committed(2);
    const reader = await openSqliteStore(path);
    const seen: number[] = [];
    try {
      while (seen.length < 20) {
        const stats = await reader.stats();
        const hits = await reader.search('Varnholm ferry', { limit: 5 });
        const stories = await reader.stories({ limit: 5 });
        assert.ok(hits.length > 0 && stories.length > 0);
        seen.push(stats.articles);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await reader.close();
    }
    assert.equal(writer.process.exitCode, null, 'the writer was still writing while the reader read');
    assert.ok(
      seen.every((n, i) => i === 0 || n >= (seen[i - 1] as number)),
      seen.join(' '),
    );
    assert.ok(
      (seen.at(-1) as number) > (seen[0] as number),
      `the reader saw the ingest grow: ${seen.join(' ')}`,
    );
  } finally {
    writer.process.kill('SIGKILL');
    await writer.exit;
  }
  checkIntegrity(path);
});

/** Articles in the store (0 when it does not exist yet). */
async function countOf(path: string): Promise<number> {
  const store = await openSqliteStore(path);
  try {
    return (await store.stats()).articles;
  } finally {
    await store.close();
  }
}
