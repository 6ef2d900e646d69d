import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { Report } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { SCHEMA_VERSION } from '../../src/store/postgres/migrations.ts';
import { REPORT_VERSION } from '../../src/version.ts';
import { newArticle } from './make-article.ts';
import { createTestDatabase, needsPostgres, TEST_PG_URL } from './pg-database.ts';

/**
 * PostgreSQL roles a team gives: a role that may only read (USAGE on the schema, SELECT on every
 * table) reads an up-to-date store, computes reports without keeping them, and is told in one line
 * what to do with a store it would have to migrate; a store of a newer schema is refused as the
 * user's to fix (the CLI's exit 2), as a SQLite file's is.
 */

const skip = needsPostgres();

async function run(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

// The same server and database as another role (trust on the test cluster's socket: no password).
const asRole = (url: string, role: string): string =>
  url.replace(/^(postgres(?:ql)?:\/\/)[^@/]*@/, `$1${role}@`);

describe('PostgreSQL store: a role that may only read', { skip }, () => {
  const reader = `parallax_reader_${process.pid}`;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let readerUrl = '';
  before(async () => {
    db = await createTestDatabase('roles');
    const owner = await openPostgresStore(db.url);
    const [made] = await owner.upsertArticles([
      newArticle({ text: 'The Pellmarsh ferry resumed on Monday.', publishedAt: '2026-03-02' }),
    ]);
    await owner.saveStories([
      { id: 's1', title: 'Pellmarsh ferry', topicId: null, articleIds: [made?.id ?? ''] },
    ]);
    await owner.close();
    await run(TEST_PG_URL as string, `CREATE ROLE ${reader} LOGIN`);
    await run(
      db.url,
      `GRANT USAGE ON SCHEMA public TO ${reader}`,
      `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader}`,
    );
    readerUrl = asRole(db.url, reader);
  });
  after(async () => {
    await db?.drop();
    await run(TEST_PG_URL as string, `DROP ROLE IF EXISTS ${reader}`);
  });

  test('reads an up-to-date store: it creates nothing, so it needs no right to', async () => {
    const store = await openStore(readerUrl);
    try {
      assert.equal((await store.stats()).articles, 1);
      assert.deepEqual(
        (await store.stories()).map((s) => s.id),
        ['s1'],
      );
    } finally {
      await store.close();
    }
  });

  test('a report it computes is not kept, and its write does not fail the reader', async () => {
    const store = await openStore(readerUrl);
    try {
      const found = await store.story('s1', { articles: false });
      assert.ok(found);
      const report = {
        generator: { name: 'parallax', version: REPORT_VERSION },
        stories: [],
      } as unknown as Report;
      await store.saveReport('s1', report, found.story.updatedAt);
      assert.equal((await store.story('s1', { articles: false }))?.story.reportStale, true);
    } finally {
      await store.close();
    }
  });

  test('a writer role refused a report write (UPDATE not granted) is told once; a reader never', async () => {
    const writer = `parallax_writer_${process.pid}`;
    await run(TEST_PG_URL as string, `CREATE ROLE ${writer} LOGIN`);
    await run(
      db.url,
      `GRANT USAGE ON SCHEMA public TO ${writer}`,
      `GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO ${writer}`,
    );
    const said: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => said.push(String(chunk)) > 0) as typeof write;
    try {
      for (const url of [readerUrl, asRole(db.url, writer)]) {
        const store = await openStore(url);
        try {
          const found = await store.story('s1', { articles: false });
          const report = { generator: { name: 'parallax', version: REPORT_VERSION }, stories: [] };
          for (let n = 0; n < 2; n++)
            await store.saveReport('s1', report as unknown as Report, found?.story.updatedAt ?? '');
        } finally {
          await store.close();
        }
        if (url === readerUrl) assert.deepEqual(said, [], 'a role that may only read is told nothing');
      }
    } finally {
      process.stderr.write = write;
      await run(
        db.url,
        `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${writer}`,
        `REVOKE ALL ON SCHEMA public FROM ${writer}`,
      );
      await run(TEST_PG_URL as string, `DROP ROLE IF EXISTS ${writer}`);
    }
    assert.equal(said.length, 1, said.join(''));
    assert.match(
      said[0] ?? '',
      /^parallax: this role may store articles but may not keep reports \(permission denied for table \w+\)/,
    );
  });

  test('a store it would have to migrate is refused in one line that says who can', async () => {
    await run(db.url, `DELETE FROM parallax_schema WHERE version = ${SCHEMA_VERSION}`);
    try {
      await assert.rejects(openStore(readerUrl), (error: Error) => {
        assert.equal(error.name, 'StoreRefusedError');
        assert.match(error.message, new RegExp(`schema version ${SCHEMA_VERSION - 1}, older than`));
        assert.match(error.message, /may not write its schema .*parallax ingest once as a role that may/);
        return true;
      });
    } finally {
      await (await openPostgresStore(db.url)).close();
    }
  });
});

test('a PostgreSQL store of a newer schema is refused as the user’s to fix', { skip }, async () => {
  const db = await createTestDatabase('newer_refused');
  try {
    await (await openPostgresStore(db.url)).close();
    await run(db.url, `INSERT INTO parallax_schema (version) VALUES (${SCHEMA_VERSION + 1})`);
    await assert.rejects(openStore(db.url), (error: Error) => {
      assert.equal(error.name, 'StoreRefusedError');
      assert.match(error.message, /newer than this Parallax knows/);
      return true;
    });
  } finally {
    await db.drop();
  }
});
