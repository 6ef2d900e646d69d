import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { ingestStoppedLine, tellingStore } from './ingest-stopped.ts';

const CLI = new URL('../../bin/parallax.js', import.meta.url).pathname;

test('a stopped ingest says what it stored and how many wait to be placed', () => {
  const start = 'stopped before the end (run it again for the rest)';
  assert.equal(ingestStoppedLine({ stored: 0, unplaced: 0 }), `${start}: no new article stored yet`);
  assert.equal(
    ingestStoppedLine({ stored: 200, unplaced: 200 }),
    `${start}: 200 articles stored, 200 not yet in stories`,
  );
  assert.equal(ingestStoppedLine({ stored: 1, unplaced: 0 }), `${start}: 1 article stored, all in stories`);
  assert.equal(
    ingestStoppedLine({ stored: 1400, unplaced: 400, storing: 200 }),
    `${start}: 1400 articles stored, 400 not yet in stories; up to 200 more were being stored as it stopped`,
  );
  assert.equal(
    ingestStoppedLine({ stored: 0, unplaced: 0, storing: 200 }),
    `${start}: no new article stored; up to 200 more were being stored as it stopped`,
  );
  assert.equal(
    ingestStoppedLine({ stored: 400, unplaced: 400, placing: true }),
    `${start}: 400 articles stored, 400 not yet in stories (being placed as it stopped)`,
  );
});

test('the watched store tells each batch and grouping step as it starts and once it has ended', async () => {
  const told: string[] = [];
  const inserted = (n: number, duplicates = 0) => [
    ...Array.from({ length: n }, (_, i) => ({ status: 'inserted', id: `a${i}` })),
    ...Array.from({ length: duplicates }, (_, i) => ({ status: 'duplicate', id: `d${i}`, by: 'url' })),
  ];
  let next = inserted(200, 5);
  const store = {
    backend: 'sqlite',
    upsertArticles: async () => next,
    withGroupingLock: async <T>(work: () => Promise<T>) => work(),
  } as unknown as Store;
  const watched = tellingStore(store, (line) => told.push(line.replace(/^.*\): /, '')));
  assert.equal(watched.backend, 'sqlite');
  await watched.upsertArticles(new Array(205));
  next = inserted(150);
  // a step that fails places nothing
  await assert.rejects(
    watched.withGroupingLock(async () => {
      throw new Error('lost the server');
    }),
  );
  await watched.upsertArticles(new Array(150));
  await watched.withGroupingLock(async () => 'placed');
  next = inserted(0, 20);
  await watched.upsertArticles(new Array(20));
  assert.deepEqual(told, [
    'no new article stored; up to 205 more were being stored as it stopped',
    '200 articles stored, 200 not yet in stories',
    '200 articles stored, 200 not yet in stories (being placed as it stopped)',
    '200 articles stored, 200 not yet in stories',
    '200 articles stored, 200 not yet in stories; up to 150 more were being stored as it stopped',
    '350 articles stored, 350 not yet in stories',
    '350 articles stored, 350 not yet in stories (being placed as it stopped)',
    '350 articles stored, all in stories',
    '350 articles stored, all in stories; up to 20 more were being stored as it stopped',
    '350 articles stored, all in stories',
  ]);
});

// An invented notice of a town's event, dated in April 2025.
function notice(i: number): string {
  const towns = ['Arvel', 'Brisk', 'Calder', 'Dunmore', 'Elst', 'Farrow', 'Gilling', 'Hask'];
  const town = towns[i % towns.length] as string;
  return JSON.stringify({
    title: `${town} council notice ${i}`,
    outlet: `Gazette ${i % 5}`,
    publishedAt: `2025-04-${String(1 + (i % 20)).padStart(2, '0')}T09:00:00Z`,
    text: `The ${town} council met on Tuesday about notice ${i}, and ${i + 3} residents attended. Clerk Orla Pennick-${i} said the roadworks would cost about ${i * 7 + 11} thousand crowns and finish by June.`,
  });
}

async function counts(db: string): Promise<{ stored: number; unplaced: number }> {
  const store = await openStore(db, { readOnly: true });
  try {
    let stored = 0;
    let unplaced = 0;
    for await (const article of store.articles()) {
      stored++;
      if (article.storyId === null) unplaced++;
    }
    return { stored, unplaced };
  } finally {
    await store.close();
  }
}

test('Ctrl-C during ingest says what the store holds; the next ingest, of other files, places the rest', {
  skip: process.platform === 'win32' ? 'the line is said by a POSIX shell' : false,
  timeout: 240_000,
}, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-ingest-stop-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  const FILES = 700;
  for (let i = 0; i < FILES; i++)
    writeFileSync(join(inputs, `${String(i).padStart(4, '0')}.json`), notice(i));
  const db = join(dir, 'lab.db');
  // its own process group, which the signal is sent to, as a terminal's Ctrl-C is
  const child = spawn(process.execPath, [CLI, 'ingest', inputs, '--db', db], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  // once a first batch is committed, Ctrl-C
  let seen = 0;
  while (seen === 0 && child.exitCode === null) {
    await sleep(20);
    seen = existsSync(db)
      ? await counts(db).then(
          (c) => c.stored,
          () => 0,
        )
      : 0;
  }
  if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGINT');
  const end = await closed;
  assert.equal(end.signal, 'SIGINT', `not stopped by Ctrl-C (too fast to test?): ${stderr}`);
  const held = await counts(db);
  assert.ok(held.stored >= 200 && held.stored < FILES, `stopped after ${held.stored} articles`);
  assert.ok(held.unplaced > 0, 'the batches stored since the last grouping step wait in no story');
  // one line, whose counts hold what the store holds: a batch being stored may have been committed
  const said =
    /^parallax: stopped before the end \(run it again for the rest\): (?:no new article stored|(\d+) articles stored, (\d+) not yet in stories(?: \(being placed as it stopped\))?)(?:; up to (\d+) more were being stored as it stopped)?\n$/.exec(
      stderr,
    );
  assert.ok(said, stderr);
  const [stored = 0, unplaced = 0, storing = 0] = [said[1], said[2], said[3]].map((n) => Number(n ?? 0));
  assert.ok(held.stored >= stored && held.stored <= stored + storing, `${stderr}: ${held.stored} stored`);
  assert.equal(held.unplaced - unplaced, held.stored - stored, `${stderr}: ${held.unplaced} in no story`);
  // stats counts them and says what places them, in text and JSON
  const stats = (...more: string[]) =>
    spawnSync(process.execPath, [CLI, 'stats', '--db', db, ...more], { encoding: 'utf8' }).stdout;
  assert.match(
    stats(),
    new RegExp(
      `^articles: ${held.stored} \\(${held.unplaced} in no story yet: the next ingest or fetch places them\\)$`,
      'm',
    ),
  );
  assert.equal(JSON.parse(stats('--format', 'json')).unplaced, held.unplaced);
  // another ingest, of one article months later (outside the grouping window of April 2025), places them
  const later = join(dir, 'later.json');
  writeFileSync(
    later,
    JSON.stringify({
      title: 'Velmar library reopens',
      outlet: 'Gazette 1',
      publishedAt: '2026-11-20T10:00:00Z',
      text: 'The Velmar public library reopened on Saturday after a renovation that added a reading garden, librarian Oda Fennick said.',
    }),
  );
  const next = spawnSync(process.execPath, [CLI, 'ingest', later, '--db', db], { encoding: 'utf8' });
  assert.equal(next.status, 0, next.stderr);
  assert.deepEqual(await counts(db), { stored: held.stored + 1, unplaced: 0 });
  assert.match(stats(), new RegExp(`^articles: ${held.stored + 1}$`, 'm'));
  assert.equal(JSON.parse(stats('--format', 'json')).unplaced, 0);
});
