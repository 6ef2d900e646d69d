import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOT_AN_ARTICLE } from '../src/fetch/article-page.ts';
import { createFetcher } from '../src/fetch/fetcher.ts';
import { startSite } from '../src/fetch/fixtures/site.ts';
import { startSmallSite } from '../src/fetch/fixtures/small-site.ts';
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

// A sitemap's "About us" page, left out as no article, is named per source from PostgreSQL too.
test("fetch into PostgreSQL: a sitemap's page that is no article is left out and listed for `sources`", {
  skip: needsPostgres(),
}, async () => {
  const db = await createTestDatabase('leftout');
  const site = await startSmallSite();
  const store = await openStore(db.url);
  const fetcher = createFetcher({ allowPrivate: true, hostDelayMs: 0, timeoutMs: 1_500 });
  try {
    site.pages.set(
      '/about',
      '<!doctype html><html><head><title>About us | Tamsin Courier</title></head><body><h1>About us</h1><p>The Tamsin Courier has served the valley since 1911.</p></body></html>',
    );
    site.pages.set(
      '/sitemap.xml',
      `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${site.origin}/about</loc><lastmod>2025-01-01</lastmod></url></urlset>`,
    );
    const source = {
      name: 'Tamsin Courier',
      urls: [`${site.origin}/sitemap.xml`],
      leaning: null,
      owner: null,
      everyMs: null,
    };
    const run = await fetchInto(
      store,
      [{ url: `${site.origin}/sitemap.xml`, source }],
      { fetcher, jobs: 1 },
      createContext({ now: new Date() }),
    );
    assert.deepEqual([run.stored, run.notArticle], [0, 1]);
    const { leftOut: left } = await store.setAsidePages({ attempts: 3, afterMs: 0 }, NOT_AN_ARTICLE, 5);
    assert.deepEqual(
      left.map((g) => [g.source, g.count, g.latest.map((p) => new URL(p.url).pathname)]),
      [['Tamsin Courier', 1, ['/about']]],
    );
  } finally {
    await fetcher.close();
    await store.close();
    await db.drop();
    await site.close();
  }
});
