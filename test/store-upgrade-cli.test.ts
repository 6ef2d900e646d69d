import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { openStore } from '../src/store/index.ts';
import { SCHEMA_VERSION } from '../src/store/sqlite/migrations.ts';
import { cli, tempDir } from './cli-harness.ts';
import { createTestDatabase, needsPostgres } from './store/pg-database.ts';

// A store as schema 14 left it, holding one outlet: schema 15 only added fetch_notes (a later migration
// that cannot run twice calls for an older store built otherwise).
async function olderStore(location: string, downgrade: (location: string) => Promise<void>): Promise<void> {
  const store = await openStore(location);
  await store.saveOutlets([
    { name: 'Quayside Post', leaning: null, owner: null, domains: ['quayside.example'] },
  ]);
  await store.close();
  await downgrade(location);
}

const sqliteDowngrade = async (path: string) => {
  const raw = new DatabaseSync(path);
  raw.exec('DROP TABLE fetch_notes; PRAGMA user_version = 14');
  raw.close();
};

// The store after the command: its schema and its rows.
async function standing(location: string): Promise<{ version: number; outlets: string[] }> {
  const after = await openStore(location, { readOnly: true });
  try {
    return {
      version: (await after.stats()).schemaVersion,
      outlets: (await after.outlets()).map((o) => o.name),
    };
  } finally {
    await after.close();
  }
}

// store40: the schema-16 migration re-reads every article with nothing said; openStore tells onMigrate
// first (the CLI writes it to a terminal's standard error)
test('openStore tells onMigrate, in one line, before it migrates an older SQLite store, and only then', async () => {
  const path = join(tempDir(), 'older.db');
  await olderStore(path, sqliteDowngrade);
  const said: string[] = [];
  const store = await openStore(path, { onMigrate: (line) => said.push(line) });
  await store.close();
  assert.deepEqual(said, [
    `upgrading the store from schema 14 to ${SCHEMA_VERSION} (0 articles): once, it may take a few minutes`,
  ]);
  const again = await openStore(path, { onMigrate: (line) => said.push(line) });
  await again.close();
  const fresh = await openStore(join(tempDir(), 'new.db'), { onMigrate: (line) => said.push(line) });
  await fresh.close();
  assert.equal(said.length, 1, 'a current store and a new one are not migrated: nothing said');
});

// store40: a SQLite read command refused an older store ("open it once with write access") while a
// PostgreSQL one migrated it: both now migrate it when they may, and lose nothing.
test('a read command on an older SQLite store it may write migrates it and reads it', async () => {
  for (const command of [['stories'], ['search', 'quay'], ['stats'], ['articles']]) {
    const path = join(tempDir(), 'older.db');
    await olderStore(path, sqliteDowngrade);
    const run = await cli([...command, '--db', path]);
    assert.equal(run.status, 0, `${command[0]}: ${run.stderr}`);
    assert.deepEqual(await standing(path), { version: SCHEMA_VERSION, outlets: ['Quayside Post'] });
  }
});

test('a read command on an older SQLite store it may only read names the command that migrates it', {
  skip: process.getuid?.() === 0 ? 'as root every file is writable' : false,
}, async () => {
  const path = join(tempDir(), 'older.db');
  await olderStore(path, sqliteDowngrade);
  chmodSync(path, 0o444);
  const refused = await cli(['stories', '--db', path]);
  assert.equal(refused.status, 2, refused.stderr);
  assert.match(refused.stderr, /older than this Parallax's .*\(parallax sources --db \S+older\.db does/);
  chmodSync(path, 0o644);
});

test('a read command on an older PostgreSQL store migrates it and reads it', {
  skip: needsPostgres(),
}, async () => {
  const database = await createTestDatabase('upgrade_cli');
  try {
    await olderStore(database.url, async (url) => {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('DROP TABLE fetch_notes; DELETE FROM parallax_schema WHERE version >= 15');
      await client.end();
    });
    const run = await cli(['stories', '--db', database.url]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(await standing(database.url), { version: SCHEMA_VERSION, outlets: ['Quayside Post'] });
  } finally {
    await database.drop();
  }
});
