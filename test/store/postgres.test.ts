import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/index.ts';
import { openPostgresStore, redactUrl } from '../../src/store/postgres/index.ts';
import { SCHEMA_VERSION } from '../../src/store/postgres/migrations.ts';
import { RANKED_CANDIDATES } from '../../src/store/postgres/patterns.ts';
import { REPORT_VERSION } from '../../src/version.ts';
import { storeContract } from './contract.ts';
import { newArticle } from './make-article.ts';
import { createTestDatabase, needsPostgres } from './pg-database.ts';

/**
 * The store contract on PostgreSQL, in a database made for this run on the server that
 * `PARALLAX_TEST_PG` names, plus what only this backend does (its migrations, its lock, its URL).
 */

const skip = needsPostgres();
const contractDb = skip === false ? await createTestDatabase('contract') : null;
after(async () => {
  await contractDb?.drop();
});

await storeContract(
  'postgres',
  async (options) => (contractDb === null ? null : openPostgresStore(contractDb.url, options)),
  skip === false ? undefined : skip,
);

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('PostgreSQL store: its own behaviour', { skip }, () => {
  test('openStore opens a postgres:// URL with this backend', async () => {
    const db = await createTestDatabase('open');
    try {
      const store = await openStore(db.url);
      assert.equal(store.backend, 'postgres');
      assert.equal((await store.stats()).schemaVersion, SCHEMA_VERSION);
      await store.close();
    } finally {
      await db.drop();
    }
  });

  test('processes opening a new database at once migrate it exactly once', async () => {
    const db = await createTestDatabase('migrate');
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(db.url)));
      const rows = await sql<{ version: number }>(db.url, 'SELECT version FROM parallax_schema ORDER BY 1');
      assert.deepEqual(
        rows.map((row) => row.version),
        Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
      );
      await Promise.all(stores.map((store) => store.close()));
    } finally {
      await db.drop();
    }
  });

  test('a database written by a newer Parallax is refused with a clear message', async () => {
    const db = await createTestDatabase('newer');
    try {
      await (await openPostgresStore(db.url)).close();
      await sql(db.url, `INSERT INTO parallax_schema (version) VALUES (${SCHEMA_VERSION + 1})`);
      await assert.rejects(openPostgresStore(db.url), /newer than this Parallax knows/);
    } finally {
      await db.drop();
    }
  });

  test('a schema-8 database keeps its articles, stories and reports, its reports stale', async () => {
    const db = await createTestDatabase('reportversion');
    try {
      const store = await openPostgresStore(db.url);
      const made = await store.upsertArticles([newArticle({ text: 'The Tarn ferry stops on Friday.' })]);
      await store.saveStories([
        { id: 's1', title: 'Ferry', topicId: null, articleIds: [made[0]?.id as string] },
      ]);
      const asOf = (await store.story('s1'))?.story.updatedAt as string;
      const old = { generator: { name: 'parallax', version: REPORT_VERSION }, mark: 'kept' };
      await store.saveReport('s1', old as never, asOf);
      assert.equal((await store.story('s1'))?.story.reportStale, false);
      await store.close();
      // the schema-8 layout: no report_version column
      await sql(
        db.url,
        'ALTER TABLE stories DROP COLUMN report_version; DELETE FROM parallax_schema WHERE version >= 9',
      );
      const again = await openPostgresStore(db.url);
      try {
        const stats = await again.stats();
        assert.deepEqual([stats.schemaVersion, stats.articles, stats.stories], [SCHEMA_VERSION, 1, 1]);
        const found = await again.story('s1');
        assert.deepEqual(found?.report, old, 'the old report stays readable');
        assert.equal(found?.story.reportStale, true, 'but is stale: no version is stored with it');
        assert.deepEqual(await again.staleStories(), ['s1']);
      } finally {
        await again.close();
      }
    } finally {
      await db.drop();
    }
  });

  test('the grouping lock excludes another connection pool (another machine) until released', async () => {
    const db = await createTestDatabase('lock');
    const [one, two] = await Promise.all([openPostgresStore(db.url), openPostgresStore(db.url)]);
    try {
      const events: string[] = [];
      let release = (): void => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const first = one.withGroupingLock(async () => {
        events.push('one in');
        await held;
        events.push('one out');
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const second = two.withGroupingLock(async () => {
        events.push('two in');
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      assert.deepEqual(events, ['one in'], 'the second waits while the first holds the lock');
      release();
      await Promise.all([first, second]);
      assert.deepEqual(events, ['one in', 'one out', 'two in']);
    } finally {
      await Promise.all([one.close(), two.close()]);
      await db.drop();
    }
  });

  test('a NUL character in a text is stored as U+FFFD, keeping every offset', async () => {
    const db = await createTestDatabase('nul');
    const store = await openPostgresStore(db.url);
    try {
      const [outcome] = await store.upsertArticles([
        newArticle({ text: 'Tarn ferry\u0000 resumes service.' }),
      ]);
      assert.equal(outcome?.status, 'inserted');
      const hits = await store.search('ferry resumes');
      assert.equal(hits[0]?.articleId, outcome?.id);
      const stored = await store.story('none');
      assert.equal(stored, null);
      for await (const row of store.articles())
        assert.equal(row.article.text, 'Tarn ferry\uFFFD resumes service.');
    } finally {
      await store.close();
      await db.drop();
    }
  });

  test('a word in every article is ranked among the newest matches; a rare old one is still found', async () => {
    const db = await createTestDatabase('windows');
    const store = await openPostgresStore(db.url);
    try {
      // An old article with a rare word, then three times as many as are ranked, all saying
      // "residents": the older ones say it three times, so ranking them all would put them first.
      const [old] = await store.upsertArticles([
        newArticle({ title: 'Quillmarsh ferry', text: 'Residents of Quillmarsh waited for the ferry.' }),
      ]);
      const total = 3 * RANKED_CANDIDATES;
      const made = (n: number) =>
        newArticle({
          title: `Tarn council item ${n}`,
          text: `${n < total - RANKED_CANDIDATES ? 'Residents, residents and residents' : 'Residents'} met on item ${n}.`,
        });
      const ids: string[] = [];
      for (let n = 0; n < total; n += 250) {
        const batch = Array.from({ length: Math.min(250, total - n) }, (_, k) => made(n + k));
        for (const outcome of await store.upsertArticles(batch)) ids.push(outcome.id);
      }
      const newest = new Set(ids.slice(-RANKED_CANDIDATES));
      const common = await store.search('residents', { limit: 100 });
      assert.equal(common.length, 100);
      assert.ok(
        common.every((hit) => newest.has(hit.articleId)),
        'only the newest matches are ranked',
      );
      const many = RANKED_CANDIDATES + 200;
      assert.equal(
        (await store.search('residents', { limit: many })).length,
        many,
        'a larger limit ranks more',
      );
      const rare = await store.search('quillmarsh');
      assert.deepEqual(
        rare.map((hit) => hit.articleId),
        [old?.id],
      );
      assert.match(rare[0]?.snippet ?? '', /\[Quillmarsh\]/);
      const both = await store.search('quillmarsh residents');
      assert.deepEqual(
        both.map((hit) => hit.articleId),
        [old?.id],
        'a rare word with a common one widens the window to the whole store',
      );
    } finally {
      await store.close();
      await db.drop();
    }
  });

  test('the location shown never includes a password', () => {
    assert.equal(redactUrl('postgres://ana:s3cret@db.example/news'), 'postgres://ana:***@db.example/news');
    assert.equal(
      redactUrl('postgresql://ana@/news?host=/tmp/x&password=s3cret'),
      'postgresql://ana@/news?host=/tmp/x&password=***',
    );
  });
});
