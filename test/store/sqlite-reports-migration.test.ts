import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations.ts';
import { newArticle } from './make-article.ts';

/**
 * A schema-3 store kept its reports inside `stories`; schema 4 moves them to `story_reports`. Its
 * reports name no version that made them (schema 9), so they are stale.
 */

const dir = mkdtempSync(join(tmpdir(), 'parallax-reports-migration-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a schema-3 SQLite store moves its reports apart and still reads them, as stale', async () => {
  const path = join(dir, 'v3.db');
  const store = await openSqliteStore(path);
  const [made] = await store.upsertArticles([newArticle({ text: 'The Glenmoor dam spillway will close.' })]);
  await store.saveStories([{ id: 's1', title: 'Dam', topicId: null, articleIds: [made?.id as string] }]);
  const asOf = (await store.story('s1'))?.story.updatedAt as string;
  await store.saveReport('s1', { mark: 'kept' } as never, asOf);
  await store.close();
  // the schema-3 layout: the report in stories.report, no story_reports table
  const old = new DatabaseSync(path);
  old.exec(`UPDATE stories SET report = (SELECT report FROM story_reports WHERE story_id = 's1');
    DROP TABLE story_reports; ALTER TABLE stories DROP COLUMN report_version; PRAGMA user_version = 3`);
  old.close();
  const again = await openSqliteStore(path);
  try {
    assert.equal((await again.stats()).schemaVersion, SCHEMA_VERSION);
    const found = await again.story('s1');
    assert.deepEqual(found?.report, { mark: 'kept' });
    assert.equal(found?.story.reportStale, true, 'made by a version it does not name');
  } finally {
    await again.close();
  }
  const db = new DatabaseSync(path, { readOnly: true });
  assert.deepEqual(
    { ...(db.prepare('SELECT count(*) AS n FROM stories WHERE report IS NOT NULL').get() as object) },
    { n: 0 },
    'no report is left in the stories rows',
  );
  db.close();
});
