import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { type TestContext, test } from 'node:test';
import { openStore } from '../index.ts';

const OUTLET = { name: 'Bay Radio', leaning: null, owner: null, domains: ['bay.example'] };

// A store in rollback-journal mode: opening it for writing turns it to WAL (a write of its header),
// so an unchanged file shows that nothing was written (chmod does not bar root, who runs the tests).
// Its folder is removed after the test.
async function storeFile(t: TestContext): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'px-ro-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'news.db');
  const store = await openStore(path);
  await store.saveOutlets([OUTLET]);
  await store.close();
  const raw = new DatabaseSync(path);
  raw.exec('PRAGMA journal_mode = DELETE');
  raw.close();
  return path;
}

test('openStore readOnly: reads the file and writes nothing to it', async (t) => {
  const path = await storeFile(t);
  const before = readFileSync(path);
  const store = await openStore(path, { readOnly: true });
  assert.deepEqual(
    (await store.outlets()).map((o) => o.name),
    ['Bay Radio'],
  );
  assert.equal((await store.stats()).articles, 0);
  await assert.rejects(store.saveOutlets([{ ...OUTLET, name: 'Other' }]), /readonly/);
  await store.saveStoryPage('s1', { html: '' } as never); // a page made from it is not kept, no error
  await store.close();
  assert.ok(readFileSync(path).equals(before), 'the file is unchanged');
});

test('openStore readOnly: an older schema is not migrated but refused with what to do', async (t) => {
  const path = await storeFile(t);
  const raw = new DatabaseSync(path);
  raw.exec('PRAGMA user_version = 1');
  raw.close();
  // one line that says what to run, on the command line and in code (store40)
  await assert.rejects(
    openStore(path, { readOnly: true }),
    /^StoreRefusedError: .* older than this Parallax's .*write access.*parallax sources --db .*; in code, openStore without readOnly\)$/,
  );
});
