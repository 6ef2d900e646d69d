import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { openStore } from '../src/store/index.ts';
import { SCHEMA_VERSION } from '../src/store/sqlite/migrations.ts';
import { cli, tempDir } from './cli-harness.ts';

// A read command opens a SQLite store read-only and so cannot migrate an older one: its refusal names a
// command that does, adding nothing, and doing what it says lets the read command in.
test('a read command on an older store names the command that migrates it, and that command does', async () => {
  const path = join(tempDir(), 'older.db');
  const store = await openStore(path);
  await store.saveOutlets([
    { name: 'Quayside Post', leaning: null, owner: null, domains: ['quayside.example'] },
  ]);
  await store.close();
  // the store as schema 14 left it: schema 15 only added fetch_notes (a later migration that cannot run
  // twice calls for an older store built otherwise)
  const raw = new DatabaseSync(path);
  raw.exec('DROP TABLE fetch_notes; PRAGMA user_version = 14');
  raw.close();

  const refused = await cli(['stories', '--db', path]);
  assert.equal(refused.status, 2, refused.stderr);
  assert.match(refused.stderr, /older than this Parallax's .*\(parallax sources --db \S+older\.db does/);
  const said = /\(parallax (sources --db \S+)/.exec(refused.stderr)?.[1]?.split(' ') ?? [];
  const migrated = await cli(said);
  assert.equal(migrated.status, 0, migrated.stderr);
  assert.equal((await cli(['stories', '--db', path])).status, 0);
  const after = await openStore(path, { readOnly: true });
  try {
    assert.equal((await after.stats()).schemaVersion, SCHEMA_VERSION);
    assert.deepEqual(
      (await after.outlets()).map((o) => o.name),
      ['Quayside Post'],
    );
  } finally {
    await after.close();
  }
});
