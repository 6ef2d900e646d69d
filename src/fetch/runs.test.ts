import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openStore } from '../store/index.ts';
import { fetchRound } from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { startSite } from './fixtures/site.ts';

describe('fetch: a page that failed is tried again on a later run', () => {
  test('its feed is read again in full (its validators are kept only once its pages are done)', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    try {
      // runs an hour apart: past the wait a failed page is given before it is asked again
      const start = Date.now();
      let runs = 0;
      const run = () =>
        fetchRound(store, [`${site.origin}/feeds/flaky.xml`], { now: new Date(start + runs++ * 3_600_000) });
      const first = await run();
      assert.deepEqual([first.stored, first.failed, first.fetched], [0, 1, 0]);
      const second = await run();
      assert.deepEqual([second.unchanged, second.stored], [0, 1]);
      // now done: the third run hears 304 and fetches nothing
      const third = await run();
      assert.deepEqual([third.unchanged, third.stored, third.fetched], [1, 0, 0]);
      const flaky = site.requests.filter((r) => r.path === '/feeds/flaky.xml');
      assert.equal(flaky[2]?.headers['if-none-match'], '"flaky-v1"');
      assert.equal(flaky[1]?.headers['if-none-match'], undefined);
    } finally {
      await store.close();
      await site.close();
    }
  });
});

describe('fetch: what a run takes', () => {
  test('--since leaves out pages dated before it; --max-pages leaves the rest for the next run', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    const run = (options: { since?: string; maxPages?: number }) =>
      fetchRound(store, [`${site.origin}/feeds/rss.xml`], options);
    try {
      // story 1 is dated 2035-01-02 in the feed; the other three entries are undated
      const first = await run({ since: '2035-01-03', maxPages: 1 });
      assert.deepEqual([first.older, first.deferred, first.stored], [1, 2, 1]);
      const second = await run({ since: '2035-01-03' });
      assert.equal(second.unchanged, 0, 'the feed is read again in full: pages were left for this run');
      assert.deepEqual([second.older, second.deferred, second.stored, second.known], [1, 0, 1, 1]);
      assert.equal((await store.stats()).articles, 2);
    } finally {
      await store.close();
      await site.close();
    }
  });
});

describe('fetch: pages fetched again (refresh)', () => {
  test('each page is asked with its validators: unchanged ones answer 304, revised ones replace their article in place', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    const run = (refresh: boolean) => fetchRound(store, [`${site.origin}/feeds/rss.xml`], { refresh });
    try {
      const first = await run(false);
      assert.equal(first.stored, 3);
      const ids = (await articlesOf(store)).map((a) => a.id).sort();
      // nothing changed: every page asked with its ETag and Last-Modified, every one 304
      let before = site.requests.length;
      const same = await run(true);
      const asked = site.requests.slice(before).filter((r) => r.path.startsWith('/news/'));
      assert.equal(asked.length, 3);
      for (const r of asked) {
        assert.match(String(r.headers['if-none-match']), /^"page-\d+-r1"$/, r.path);
        assert.match(String(r.headers['if-modified-since']), /GMT$/, r.path);
      }
      assert.equal(same.unchanged, 0, 'the feed is read in full');
      assert.deepEqual([same.pagesUnchanged, same.updated, same.stored, same.failed], [3, 0, 0, 0]);
      // revised: each page answers 200 with a new paragraph, and its article is replaced, same id
      site.revise();
      before = site.requests.length;
      const revised = await run(true);
      assert.deepEqual([revised.updated, revised.stored, revised.duplicates], [3, 0, 0]);
      const articles = await articlesOf(store);
      assert.deepEqual(articles.map((a) => a.id).sort(), ids);
      assert.ok(articles.every((a) => /Update 2: the council published/.test(a.text)));
      // and without refresh, a known page is not asked again at all
      before = site.requests.length;
      await run(false);
      assert.deepEqual(
        site.requests.slice(before).filter((r) => r.path.startsWith('/news/')),
        [],
      );
    } finally {
      await store.close();
      await site.close();
    }
  });
});
