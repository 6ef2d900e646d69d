import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import type { StoryPagePiece } from '../../src/report/story-page-piece.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations.ts';
import { newArticle } from './make-article.ts';

/** A schema-7 store has reports without page pieces; schema 8 gives them a place, empty until written. */

const dir = mkdtempSync(join(tmpdir(), 'parallax-pages-migration-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a schema-7 SQLite store keeps its reports, without pieces until one is written', async () => {
  const path = join(dir, 'v7.db');
  const store = await openSqliteStore(path);
  const [made] = await store.upsertArticles([newArticle({ text: 'The Glenmoor ferry runs again.' })]);
  await store.saveStories([{ id: 's1', title: 'Ferry', topicId: null, articleIds: [made?.id as string] }]);
  const asOf = (await store.story('s1'))?.story.updatedAt as string;
  await store.saveReport('s1', { generatedAt: 'g1', mark: 'kept' } as never, asOf);
  await store.close();
  // the schema-7 layout: story_reports without its page column
  const old = new DatabaseSync(path);
  old.exec('ALTER TABLE story_reports DROP COLUMN page; PRAGMA user_version = 7');
  old.close();
  const again = await openSqliteStore(path);
  try {
    assert.equal((await again.stats()).schemaVersion, SCHEMA_VERSION);
    assert.deepEqual((await again.story('s1'))?.report, { generatedAt: 'g1', mark: 'kept' });
    assert.equal(await again.storyPage('s1'), null);
    const piece = { version: 1, report: { generatedAt: 'g1' } } as unknown as StoryPagePiece;
    await again.saveStoryPage('s1', piece);
    assert.deepEqual(await again.storyPage('s1'), piece);
  } finally {
    await again.close();
  }
});
