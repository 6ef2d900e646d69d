import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { openStore, StoreRefusedError } from '../../src/store/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations.ts';
import { storeContract } from './contract.ts';
import { streamArticle } from './make-article.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

await storeContract('sqlite', (options) => openSqliteStore(join(dir, 'contract.db'), options));

test('the SQLite file is in WAL mode with synchronous=FULL and passes its integrity check', async () => {
  const path = join(dir, 'pragmas.db');
  const store = await openSqliteStore(path);
  await store.upsertArticles([streamArticle(1), streamArticle(2)]);
  const reader = new DatabaseSync(path, { readOnly: true });
  try {
    assert.deepEqual({ ...reader.prepare('PRAGMA journal_mode').get() }, { journal_mode: 'wal' });
    assert.deepEqual({ ...reader.prepare('PRAGMA integrity_check').get() }, { integrity_check: 'ok' });
    assert.equal(
      (reader.prepare('PRAGMA user_version').get() as { user_version: number }).user_version,
      SCHEMA_VERSION,
    );
  } finally {
    reader.close();
    await store.close();
  }
});

test('a store written by a newer Parallax is refused with a clear message, and left as it was', async () => {
  const path = join(dir, 'newer.db');
  await (await openSqliteStore(path)).close();
  const raw = new DatabaseSync(path);
  raw.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
  await assert.rejects(
    openSqliteStore(path),
    new RegExp(
      `schema version ${SCHEMA_VERSION + 1}, newer than this Parallax knows \\(${SCHEMA_VERSION}\\): upgrade`,
    ),
  );
  const check = new DatabaseSync(path);
  assert.equal(
    (check.prepare('PRAGMA user_version').get() as { user_version: number }).user_version,
    SCHEMA_VERSION + 1,
  );
  check.close();
});

test('a file that is not a Parallax store is refused, never changed', async () => {
  const other = join(dir, 'other.db');
  const raw = new DatabaseSync(other);
  raw.exec('CREATE TABLE notes (body TEXT)');
  raw.close();
  const bytes = readFileSync(other);
  await assert.rejects(openSqliteStore(other), /not a Parallax store/);
  // opened for writing and refused: not even its journal mode turned to WAL (a write of its header)
  assert.ok(readFileSync(other).equals(bytes), 'the refused file is unchanged');
  await assert.rejects(openSqliteStore(other), StoreRefusedError);
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'not a database at all, just some words that are long enough to fill a header page');
  await assert.rejects(
    openSqliteStore(text),
    /notes\.txt: it is not a Parallax store \(file is not a database\)$/,
  );
  await assert.rejects(openSqliteStore(text), StoreRefusedError);
  // where SQLite says only "unable to open database file", the file system says why
  await assert.rejects(
    openSqliteStore(join(dir, 'no-such-folder', 'news.db')),
    /^StoreRefusedError: cannot open the store .*news\.db: its folder .*no-such-folder does not exist$/,
  );
  await assert.rejects(
    openSqliteStore(join(text, 'news.db')),
    /cannot open the store .*news\.db: .*notes\.txt is not a folder$/,
  );
  await assert.rejects(openSqliteStore(dir), /cannot open the store .*: it is a folder$/);
});

test('openStore takes a path, a file: URL, $PARALLAX_DB, and refuses nothing it can create', async () => {
  const path = join(dir, 'by-path.db');
  const a = await openStore(path);
  await a.upsertArticles([streamArticle(7)]);
  await a.close();
  const b = await openStore(new URL(`file://${path}`).href);
  assert.equal((await b.stats()).articles, 1);
  assert.equal((await b.stats()).location, path);
  await b.close();
  const saved = process.env.PARALLAX_DB;
  process.env.PARALLAX_DB = path;
  try {
    const c = await openStore();
    assert.equal((await c.stats()).articles, 1);
    await c.close();
  } finally {
    if (saved === undefined) delete process.env.PARALLAX_DB;
    else process.env.PARALLAX_DB = saved;
  }
});
