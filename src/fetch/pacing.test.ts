import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../model/index.ts';
import { openStore } from '../store/index.ts';
import { createFetcher } from './fetcher.ts';
import { SLOW_PAGE_MS } from './fixtures/page-routes.ts';
import { FAST } from './fixtures/settings.ts';
import { startSite } from './fixtures/site.ts';
import { fetchInto } from './run.ts';

describe('fetch: a hung site', () => {
  test('costs about one timeout, not one per page: after two timeouts in a row its other pages are skipped', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    try {
      const fetcher = createFetcher({ ...FAST, timeoutMs: 1_500 });
      const run = await fetchInto(
        store,
        [{ url: `${site.origin}/feeds/hung.xml`, source: null }],
        { fetcher, jobs: 1 },
        createContext({ now: new Date() }),
      );
      await fetcher.close();
      assert.equal(run.failed, 6);
      // told by what happened, not by the wall clock (a loaded machine stretches every step): two
      // requests time out together, a third, sent as the first slot freed, is stopped with them,
      // and the other pages are skipped without a request
      const hung = site.requests.filter((r) => r.path.startsWith('/hung/'));
      assert.ok(hung.length <= 3, `${hung.length} requests`);
      const skipped = /did not answer 2 requests in a row; skipped/;
      const waited = new Set(
        run.errors.filter((e) => !skipped.test(e.error)).map((e) => new URL(e.url).pathname),
      );
      assert.ok(waited.size >= 1 && waited.size <= 2, `${waited.size} pages waited out their own timeout`);
      const own = hung.filter((r) => waited.has(r.path));
      assert.equal(own.length, waited.size);
      // the pages that waited out the timeout waited at once: one timeout, not one after another
      const lastStart = Math.max(...own.map((r) => r.start));
      const firstEnd = Math.min(...own.map((r) => r.end));
      assert.ok(lastStart <= firstEnd, 'the timeouts ran one after another');
      // and a page stopped with them had been sent before the last of them ended
      const lastEnd = Math.max(...own.map((r) => r.end));
      for (const r of hung) assert.ok(r.start <= lastEnd, `${r.path} was sent after the timeouts`);
      assert.match(run.errors.at(-1)?.error ?? '', skipped);
    } finally {
      await store.close();
      await site.close();
    }
  });
});

describe('fetch: stopping', () => {
  test('a run stopped while it reads a listing ends at once, with nothing stored and no error', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    // a timeout past the slow page's answer: only the stop can end its request before it is answered
    const fetcher = createFetcher({ ...FAST, timeoutMs: 2 * SLOW_PAGE_MS });
    try {
      const stop = new AbortController();
      setTimeout(() => stop.abort(), 300);
      const run = await fetchInto(
        store,
        [{ url: `${site.origin}/news/slow`, source: null }],
        { fetcher, jobs: 1, signal: stop.signal },
        createContext({ now: new Date() }),
      );
      // told by what happened, not by the wall clock: the run ended before the page was answered
      const asked = site.requests.filter((r) => r.path === '/news/slow');
      assert.equal(asked.length, 1);
      assert.equal(asked[0]?.answered, false, 'the stop did not wait for the page');
      assert.deepEqual([run.stored, run.failed, run.errors.length], [0, 0, 0]);
      assert.deepEqual(await store.feedStates(), []);
    } finally {
      await fetcher.close();
      await store.close();
      await site.close();
    }
  });
});

describe('fetch: politeness', () => {
  test('requests to one host start at least the delay apart, one at a time when asked', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    try {
      const fetcher = createFetcher({ ...FAST, hostDelayMs: 150, hostConcurrency: 1 });
      await fetchInto(
        store,
        [{ url: `${site.origin}/feeds/rss.xml`, source: null }],
        { fetcher, jobs: 1 },
        createContext({ now: new Date() }),
      );
      await fetcher.close();
      // as the server saw them (the client keeps 150 ms between starts; arrival times jitter a little)
      const starts = site.requests.map((r) => r.start);
      for (let i = 1; i < starts.length; i++)
        assert.ok(
          (starts[i] as number) - (starts[i - 1] as number) >= 100,
          `gap ${i}: ${(starts[i] as number) - (starts[i - 1] as number)} ms`,
        );
      assert.equal(site.peak(), 1);
      assert.equal(fetcher.gate.peak, 1);
    } finally {
      await store.close();
      await site.close();
    }
  });

  test('a run stopped half-way resumes: the rest is fetched, nothing twice', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    try {
      const stop = new AbortController();
      const fetcher = createFetcher({ ...FAST, hostConcurrency: 1 });
      const first = await fetchInto(
        store,
        [
          { url: `${site.origin}/feeds/rss.xml`, source: null },
          { url: `${site.origin}/sitemap-index.xml`, source: null },
        ],
        {
          fetcher,
          jobs: 1,
          batchSize: 1,
          signal: stop.signal,
          onProgress: (p) => {
            if (p.stored >= 1) stop.abort();
          },
        },
        createContext({ now: new Date() }),
      );
      await fetcher.close();
      assert.ok(first.stored >= 1 && first.stored < 4, `stored ${first.stored} before the stop`);
      const before = site.requests.length;
      const fetcher2 = createFetcher(FAST);
      const second = await fetchInto(
        store,
        [
          { url: `${site.origin}/feeds/rss.xml`, source: null },
          { url: `${site.origin}/sitemap-index.xml`, source: null },
        ],
        { fetcher: fetcher2, jobs: 1 },
        createContext({ now: new Date() }),
      );
      await fetcher2.close();
      const pagesAgain = site.requests.slice(before).filter((r) => r.path.startsWith('/news/'));
      assert.equal(pagesAgain.length, 4 - first.stored, 'only the pages not stored yet');
      assert.equal(first.stored + second.stored, 4);
      assert.equal((await store.stats()).articles, 4);
    } finally {
      await store.close();
      await site.close();
    }
  });
});
