import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFetcher } from '../src/fetch/fetcher.ts';
import { startSite } from '../src/fetch/fixtures/site.ts';
import { fetchInto } from '../src/fetch/run.ts';
import { createContext } from '../src/model/index.ts';
import { openStore } from '../src/store/index.ts';
import { createTestDatabase, needsPostgres } from './store/pg-database.ts';

// The fetcher's state in the shared backend: a run into PostgreSQL, then a second process's run.
test('fetch into PostgreSQL: every allowed article once, and a second run fetches no page again', {
  skip: needsPostgres(),
}, async () => {
  const site = await startSite();
  const db = await createTestDatabase('fetch');
  try {
    const targets = ['/feeds/rss.xml', '/feeds/atom.xml', '/sitemap-index.xml'].map((path) => ({
      url: `${site.origin}${path}`,
      source: null,
    }));
    const options = { allowPrivate: true, hostDelayMs: 0, timeoutMs: 1_500 };
    for (const round of [1, 2]) {
      const store = await openStore(db.url);
      const fetcher = createFetcher(options);
      const before = site.requests.length;
      try {
        const summary = await fetchInto(
          store,
          targets,
          { fetcher, jobs: 1 },
          createContext({ now: new Date() }),
        );
        const pages = site.requests
          .slice(before)
          .filter((r) => r.path.startsWith('/news/') || r.path.startsWith('/old/'));
        if (round === 1) assert.equal(summary.stored, 5);
        else {
          assert.equal(summary.stored, 0);
          assert.deepEqual(pages, []);
          assert.equal(summary.unchanged, 2, 'the RSS and Atom feeds answered 304');
        }
        assert.equal((await store.stats()).articles, 5);
      } finally {
        await fetcher.close();
        await store.close();
      }
    }
  } finally {
    await db.drop();
    await site.close();
  }
});
