import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { outletTag } from '../../src/store/sqlite/articles.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations.ts';
import { tempDir } from '../cli-harness.ts';
import { newArticle } from './make-article.ts';
import { createTestDatabase, needsPostgres } from './pg-database.ts';

// Schema 16 (store40): the search index holds stems. A store of schema 15 indexed the words as
// written; it is built here as schema 15 left it (the index filled with the texts as written).
const ARTICLES = [
  newArticle({
    title: 'Harbour master resigned',
    text: 'Pellow Quay: the harbour master resigned on Friday.',
    outlet: 'Quayside Post',
  }),
  newArticle({ title: 'Tide tables', text: 'The tide tables for the week.', outlet: 'Quayside Post' }),
];

async function found(location: string, query: string): Promise<string[]> {
  const store = await openStore(location);
  try {
    return (await store.search(query)).map((hit) => hit.title ?? '');
  } finally {
    await store.close();
  }
}

test('a SQLite store of schema 15 has its search index stemmed by the migration, every article kept', async () => {
  const path = join(tempDir(), 'schema-15.db');
  const store = await openStore(path);
  await store.upsertArticles(ARTICLES);
  await store.close();
  const raw = new DatabaseSync(path);
  raw.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')`);
  const index = raw.prepare('INSERT INTO articles_fts (rowid, title, text, outlet_tag) VALUES (?, ?, ?, ?)');
  for (const row of raw
    .prepare('SELECT a.seq, a.title, a.outlet, b.text FROM articles a JOIN article_bodies b ON b.seq = a.seq')
    .all() as { seq: number; title: string; outlet: string; text: string }[])
    index.run(row.seq, row.title, row.text, outletTag(row.outlet));
  raw.exec('PRAGMA user_version = 15');
  // as schema 15 read it: the word as written only
  assert.deepEqual(
    (raw.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH '"resign"'`).all() as unknown[])
      .length,
    0,
  );
  raw.close();
  assert.deepEqual(await found(path, 'harbour resignation'), ['Harbour master resigned']);
  const after = await openStore(path, { readOnly: true });
  try {
    assert.equal((await after.stats()).schemaVersion, SCHEMA_VERSION);
    assert.equal((await after.stats()).articles, 2);
    assert.deepEqual(
      (await after.search('tide')).map((h) => h.title),
      ['Tide tables'],
    );
  } finally {
    await after.close();
  }
});

test('a PostgreSQL store of schema 15 has its search vectors stemmed by the migration', {
  skip: needsPostgres(),
}, async () => {
  const database = await createTestDatabase('stems');
  try {
    const store = await openStore(database.url);
    await store.upsertArticles(ARTICLES);
    await store.close();
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`UPDATE articles SET search = setweight(to_tsvector('parallax_folded', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('parallax_folded', text), 'D')`);
    await client.query('DELETE FROM parallax_schema WHERE version >= 16');
    const before = await client.query(
      `SELECT count(*)::int AS n FROM articles WHERE search @@ to_tsquery('parallax_folded', 'resign')`,
    );
    assert.equal(before.rows[0]?.n, 0, 'as schema 15 read it: the word as written only');
    await client.end();
    assert.deepEqual(await found(database.url, 'harbour resignation'), ['Harbour master resigned']);
    assert.deepEqual(await found(database.url, 'tide'), ['Tide tables']);
  } finally {
    await database.drop();
  }
});
