import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { createContext } from '../../src/model/index.ts';
import { refreshStale } from '../../src/store/ingest/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations.ts';
import { REPORT_VERSION } from '../../src/version.ts';
import { newArticle } from './make-article.ts';

/**
 * A schema-8 store kept no version with its reports; schema 9 records the one that made each, and a
 * report stored before names none: it is stale, and computed again when next asked for.
 */

const dir = mkdtempSync(join(tmpdir(), 'parallax-report-version-migration-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a schema-8 SQLite store keeps its articles, stories and reports, its reports stale until computed again', async () => {
  const path = join(dir, 'v8.db');
  const store = await openSqliteStore(path);
  const made = await store.upsertArticles([
    newArticle({ text: 'The Glenmoor ferry will stop running on Friday, the harbour board said.' }),
    newArticle({ text: 'Harbour board chair Mina Orlov said the Glenmoor ferry stops on Friday.' }),
  ]);
  const ids = made.map((m) => m.id);
  await store.saveStories([{ id: 's1', title: 'Ferry', topicId: null, articleIds: ids }]);
  const asOf = (await store.story('s1'))?.story.updatedAt as string;
  const old = { generatedAt: 'g1', generator: { name: 'parallax', version: '0.1.0' }, mark: 'kept' };
  await store.saveReport('s1', old as never, asOf);
  await store.close();
  // the schema-8 layout: no report_version column
  const file = new DatabaseSync(path);
  file.exec('ALTER TABLE stories DROP COLUMN report_version; PRAGMA user_version = 8');
  file.close();

  const again = await openSqliteStore(path);
  try {
    const stats = await again.stats();
    assert.deepEqual([stats.schemaVersion, stats.articles, stats.stories], [SCHEMA_VERSION, 2, 1]);
    const found = await again.story('s1');
    assert.deepEqual(
      found?.articles.map((a) => a.article.id),
      ids,
    );
    assert.deepEqual(found?.report, old, 'the old report stays readable');
    assert.equal(found?.story.reportStale, true, 'but is stale: no version is stored with it');
    assert.deepEqual(await again.staleStories(), ['s1']);
    assert.equal(await refreshStale(again, {}, createContext({ now: new Date('2026-01-01T00:00:00Z') })), 1);
    const now = await again.story('s1', { articles: false });
    assert.equal(now?.story.reportStale, false);
    assert.equal(now?.report?.generator.version, REPORT_VERSION);
    assert.deepEqual(await again.staleStories(), []);
  } finally {
    await again.close();
  }
});
