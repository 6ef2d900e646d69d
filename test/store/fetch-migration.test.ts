import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from '../../src/store/sqlite/migrations.ts';

/** A store written before the fetch state existed (schema 1) opens, gains the fetch tables, and keeps its articles. */

const dir = mkdtempSync(join(tmpdir(), 'parallax-fetch-migration-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a schema-1 SQLite store migrates to the fetch state and keeps its articles', async () => {
  const path = join(dir, 'v1.db');
  const old = new DatabaseSync(path);
  old.exec(MIGRATIONS[0] as string);
  old.exec(`PRAGMA user_version = 1; PRAGMA application_id = ${APPLICATION_ID}`);
  old.exec(`INSERT INTO articles (seq, id, url_key, content_hash, outlet, outlet_key, title, published_at, sort_at,
    ingested_at) VALUES (1, 'a1', 'https://old.example/x', 'h1', 'Old Post', 'old post', 'Old', null,
    '2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z')`);
  old.exec(`INSERT INTO article_bodies (seq, features, article, text) VALUES (1, null, '{}', 'old text')`);
  old.close();
  const store = await openSqliteStore(path);
  try {
    assert.equal((await store.stats()).schemaVersion, SCHEMA_VERSION);
    assert.equal((await store.stats()).articles, 1);
    assert.deepEqual(await store.fetchSources(), []);
    assert.deepEqual(await store.feedStates(), []);
  } finally {
    await store.close();
  }
});

test('a schema-4 SQLite store gains the pages’ validators; its stored pages keep counting as new articles', async () => {
  const path = join(dir, 'v4.db');
  const store = await openSqliteStore(path);
  await store.savePages([
    {
      urlKey: 'https://old.example/p1',
      url: 'https://old.example/p1',
      finalUrl: null,
      source: 'Old Post',
      feedUrl: null,
      fetchedAt: '2031-08-01T00:00:00.000Z',
      status: 200,
      outcome: 'stored',
      error: null,
      attempts: 1,
      articleId: 'a1',
      contentType: 'text/html',
      etag: null,
      lastModified: null,
      listed: null,
      raw: null,
    },
  ]);
  await store.close();
  // the schema-4 layout: no validators, no stored_at
  const old = new DatabaseSync(path);
  old.exec(`ALTER TABLE fetch_pages DROP COLUMN etag; ALTER TABLE fetch_pages DROP COLUMN last_modified;
    ALTER TABLE fetch_pages DROP COLUMN stored_at; PRAGMA user_version = 4`);
  old.close();
  const again = await openSqliteStore(path);
  try {
    assert.equal((await again.stats()).schemaVersion, SCHEMA_VERSION);
    const page = (await again.knownPages(['https://old.example/p1'])).get('https://old.example/p1');
    assert.deepEqual([page?.etag, page?.lastModified], [null, null]);
    const counts = await again.pageCounts('2031-07-01T00:00:00.000Z');
    assert.deepEqual(
      counts.map((c) => [c.source, c.stored, c.lastStoredAt]),
      [['Old Post', 1, '2031-08-01T00:00:00.000Z']],
    );
  } finally {
    await again.close();
  }
});
