import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { MIGRATIONS as PG_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { openDb } from '../../src/store/sqlite/db.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { MIGRATIONS as SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import type { Store } from '../../src/store/types.ts';
import { article, newArticle } from './make-article.ts';
import { createTestDatabase, needsPostgres } from './pg-database.ts';

/**
 * Schema 13 lets one address hold several articles (a page overwritten each day). A store of schema
 * 12 (one article an address, its URL key unique) migrates on both backends keeping every article,
 * its kept earlier version, its story and its search entry; then takes a second article at an address.
 * SQLite builds its `articles` table again for it, which with foreign keys on would have deleted
 * every article's body and kept versions with the old table.
 */

const URL_KEY = 'https://pellam-post.example/briefing';
const stored = article({
  title: 'Briefing: Tolland ferry',
  text: 'The Tolland ferry sails twice a day from Monday, the harbour office said.',
  outlet: 'Pellam Post',
  url: URL_KEY,
  publishedAt: '2026-10-01',
});
const { id: _id, text, ...json } = stored;

async function checkMigrated(store: Store, id: string): Promise<void> {
  const stats = await store.stats();
  assert.equal(stats.schemaVersion, SQLITE_MIGRATIONS.length);
  assert.equal(stats.articles, 1);
  assert.equal((await store.article(id))?.article.text, text);
  assert.equal((await store.article(id))?.storyId, 's1');
  assert.deepEqual(
    (await store.articleRevisions(id)).map((r) => r.text),
    ['The Tolland ferry sails once a day.'],
  );
  assert.deepEqual(
    (await store.search('tolland')).map((h) => h.articleId),
    [id],
  );
  // schema 14: an earlier version met late is kept, with its time and place among the kept ones
  const late = { id, title: stored.title, text: 'The Tolland ferry sails on Sundays.', modifiedAt: null };
  assert.deepEqual(await store.keepEarlierVersions([{ ...late, publishedAt: '2026-09-30' }]), [true]);
  assert.equal((await store.articleRevisions(id)).length, 2);
  const next = newArticle({
    title: 'Briefing: Oswick market',
    text: 'The Oswick market moves to the quay on Saturday.',
    outlet: 'Pellam Post',
    url: URL_KEY,
    publishedAt: '2026-10-02',
  });
  assert.deepEqual(await store.upsertArticles([next]), [{ status: 'duplicate', id, by: 'url' }]);
  const [second] = await store.upsertArticles([{ ...next, atStoredAddress: true }]);
  assert.equal(second?.status, 'inserted');
  assert.equal((await store.stats()).articles, 2);
}

// A SQLite store of schema 12 holding one article, its story and a kept version, and `damage` (SQL
// run with foreign keys off: rows an older fault left behind); returns its file.
function sqliteSchema12(damage = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-schema13-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'old.db');
  const db = openDb(file);
  db.handle.exec('PRAGMA foreign_keys = OFF');
  db.write(() => {
    for (const step of SQLITE_MIGRATIONS.slice(0, 12).flat())
      if (typeof step === 'string') db.handle.exec(step);
      else step(db);
    db.handle.exec('PRAGMA user_version = 12');
    db.handle.exec('PRAGMA application_id = 1347570776');
    db.handle.exec(`INSERT INTO stories (id, title, article_count, outlets, updated_at)
      VALUES ('s1', 'Ferry', 1, '["Pellam Post"]', '2026-10-01T09:00:00.000Z')`);
    db.handle
      .prepare(`INSERT INTO articles (seq, id, url_key, content_hash, outlet, outlet_key, title, published_at,
        sort_at, ingested_at, story_id) VALUES (1, 'a1', ?, 'h1', 'Pellam Post', 'pellam post', ?, ?, ?, ?, 's1')`)
      .run(
        URL_KEY,
        stored.title,
        '2026-10-01T00:00:00.000Z',
        '2026-10-01T00:00:00.000Z',
        '2026-10-01T09:00:00.000Z',
      );
    db.handle
      .prepare('INSERT INTO article_bodies (seq, features, article, text) VALUES (1, NULL, ?, ?)')
      .run(JSON.stringify(json), text);
    db.handle
      .prepare('INSERT INTO articles_fts (rowid, title, text, outlet_tag) VALUES (1, ?, ?, NULL)')
      .run(stored.title, text);
    db.handle.exec(`INSERT INTO article_revisions (article_seq, replaced_at, title, text)
      VALUES (1, '2026-10-01T10:00:00.000Z', 'Briefing: Tolland ferry', 'The Tolland ferry sails once a day.')`);
    db.handle.exec(damage);
  });
  db.close();
  return file;
}

test('a SQLite store of schema 12 migrates to 13 and 14 keeping its articles, kept versions, stories and search', async () => {
  const store = await openSqliteStore(sqliteSchema12());
  try {
    await checkMigrated(store, 'a1');
  } finally {
    await store.close();
  }
});

// The migration checks the references its rebuild of `articles` could break, not the whole file:
// before, a report of a story deleted by hand, or a kept version of an article gone, stopped the
// store from opening ("schema 13: 1 rows name an article or story that is not stored").
test('a SQLite store of schema 12 with rows an older fault left naming no stored row still migrates', async () => {
  for (const damage of [
    `INSERT INTO story_reports (story_id, report) VALUES ('s-gone', '{}')`,
    `INSERT INTO article_revisions (article_seq, replaced_at, title, text)
      VALUES (99, '2026-10-01T10:00:00.000Z', 'Gone', 'The Tolland ferry sails on Sundays.')`,
    `UPDATE articles SET story_id = 's-gone' WHERE seq = 1`,
  ]) {
    const store = await openSqliteStore(sqliteSchema12(damage));
    try {
      assert.equal((await store.stats()).schemaVersion, SQLITE_MIGRATIONS.length, damage);
      assert.equal((await store.article('a1'))?.article.text, text, damage);
    } finally {
      await store.close();
    }
  }
});

test('a PostgreSQL store of schema 12 migrates to 13 and 14 keeping its articles, kept versions, stories and search', {
  skip: needsPostgres(),
}, async () => {
  const database = await createTestDatabase('schema13');
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(
        'CREATE TABLE parallax_schema (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const [i, sql] of PG_MIGRATIONS.slice(0, 12).entries()) {
        await client.query(sql as string); // the first twelve are SQL
        await client.query('INSERT INTO parallax_schema (version) VALUES ($1)', [i + 1]);
      }
      await client.query(`INSERT INTO stories (id, title, updated_at) VALUES ('s1', 'Ferry', now())`);
      await client.query(
        `INSERT INTO articles (id, url_key, content_hash, outlet, title, published_at, published, ingested_at,
           text, article, search)
         VALUES ('a1', $1, 'h1', 'Pellam Post', $2, '2026-10-01', '2026-10-01', now(), $3, $4,
           to_tsvector('parallax_folded', $3))`,
        [URL_KEY, stored.title, text, JSON.stringify(json)],
      );
      await client.query(
        `INSERT INTO memberships (article_seq, story_id, sort_at, outlet)
         SELECT seq, 's1', sort_at, outlet FROM articles WHERE id = 'a1'`,
      );
      await client.query(`INSERT INTO article_revisions (article_seq, replaced_at, title, text)
        SELECT seq, now(), title, 'The Tolland ferry sails once a day.' FROM articles WHERE id = 'a1'`);
    } finally {
      await client.end();
    }
    const store = await openPostgresStore(database.url);
    try {
      await checkMigrated(store, 'a1');
    } finally {
      await store.close();
    }
  } finally {
    await database.drop();
  }
});
