import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFetcher } from '../src/fetch/fetcher.ts';
import { startSite } from '../src/fetch/fixtures/site.ts';
import { reextract } from '../src/fetch/reextract.ts';
import { fetchInto } from '../src/fetch/run.ts';
import { createContext } from '../src/model/index.ts';
import { openStore } from '../src/store/index.ts';
import { all } from './store/contract-scope.ts';
import { createTestDatabase, needsPostgres } from './store/pg-database.ts';

// The fetcher's state in the shared backend: a run into PostgreSQL, a second process's run, then the
// pages fetched again once revised, and re-extracted.
test('fetch into PostgreSQL: every allowed article once, a second run fetches no page again, revised pages replace their articles', {
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
    // the pages revised and fetched again: their articles replaced in place; a re-extraction then
    // finds them all unchanged
    site.revise();
    const store = await openStore(db.url);
    const fetcher = createFetcher(options);
    try {
      const ids = (await all(store.articles())).map((a) => a.article.id).sort();
      const ctx = createContext({ now: new Date() });
      const refreshed = await fetchInto(store, targets, { fetcher, jobs: 1, refresh: true }, ctx);
      assert.deepEqual([refreshed.updated, refreshed.stored, refreshed.failed], [5, 0, 0]);
      const articles = (await all(store.articles())).map((a) => a.article);
      assert.deepEqual(articles.map((a) => a.id).sort(), ids);
      assert.ok(articles.every((a) => /Update 2:/.test(a.text)));
      const again = await reextract(store, store, { jobs: 1 }, ctx);
      assert.deepEqual([again.unchanged, again.updated, again.stored], [5, 0, 0]);
    } finally {
      await fetcher.close();
      await store.close();
    }
  } finally {
    await db.drop();
    await site.close();
  }
});
