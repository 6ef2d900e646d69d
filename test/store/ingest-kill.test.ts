import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../../src/store/index.ts';
import { tempDir } from '../cli-harness.ts';

// `parallax ingest` killed with SIGKILL once its first batch is committed: the store holds whole
// batches only, and running the same ingest again stores the rest and places every article.
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'parallax.js');
const FILES = 700;
const TOWNS = ['Arvel', 'Brisk', 'Calder', 'Dunmore', 'Elst', 'Farrow', 'Gilling', 'Hask', 'Ivel', 'Jorvan'];
const EVENTS = [
  ['warehouse fire', 'Firefighters fought a blaze at a warehouse in', 'crews'],
  ['bridge repairs', 'Engineers began repairs on the river bridge in', 'engineers'],
  ['council vote', 'The town council voted on a new budget in', 'councillors'],
  ['school opening', 'A new primary school opened its doors in', 'teachers'],
];

// An invented article about a town's event, with numbers of its own.
function invented(i: number): string {
  const town = TOWNS[i % TOWNS.length] as string;
  const [event, lead, who] = EVENTS[Math.floor(i / TOWNS.length) % EVENTS.length] as string[];
  return [
    `${town} ${event}: day ${i}`,
    '',
    `${lead} ${town} on Tuesday, officials said, and ${i + 3} ${who} were there by the evening.`,
    `The mayor of ${town}, Orla Pennick-${i}, said the work would cost about ${i * 7 + 11} thousand crowns.`,
    `Residents of ${town} were told that a second update would follow on ${['Monday', 'Friday'][i % 2]}.`,
  ].join('\n');
}

async function count(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.stats()).articles;
  } finally {
    await store.close();
  }
}

test('an ingest killed mid-way keeps whole batches, and a re-run finishes the job', {
  timeout: 180_000,
}, async () => {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  for (let i = 0; i < FILES; i++)
    writeFileSync(join(inputs, `${String(i).padStart(4, '0')}.txt`), invented(i));
  const db = join(dir, 'kill.db');
  const child = spawn(process.execPath, [BIN, 'ingest', inputs, '--db', db, '-q'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let seen = 0;
  while (seen === 0 && child.exitCode === null) {
    await sleep(20);
    // opened only once the child made it (a reader never creates the store)
    seen = existsSync(db) ? await count(db).catch(() => 0) : 0;
  }
  child.kill('SIGKILL');
  await exited;
  const committed = await count(db);
  assert.ok(committed >= 200 && committed < FILES, `killed after ${committed} articles (too fast to test?)`);
  assert.equal(committed % 200, 0, 'only whole batches of 200 are stored');
  const again = spawnSync(process.execPath, [BIN, 'ingest', inputs, '--db', db], { encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  assert.match(
    again.stderr,
    new RegExp(
      `ingested ${FILES} articles into .*: ${FILES - committed} new( \\(\\d+ cop(y|ies) of stored articles\\))?, ${committed} already stored`,
    ),
  );
  const store = await openStore(db);
  try {
    let placed = 0;
    for await (const article of store.articles()) if (article.storyId !== null) placed++;
    assert.equal(placed, FILES, 'every article is in a story');
    assert.equal((await store.stats()).articles, FILES);
    // the stories hold every article once
    const stories = await store.stories({ limit: 10_000 });
    assert.equal(
      stories.reduce((n, s) => n + s.articleCount, 0),
      FILES,
    );
  } finally {
    await store.close();
  }
});
