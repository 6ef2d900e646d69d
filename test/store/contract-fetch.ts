import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { FeedState, FetchedPage } from '../../src/store/fetch-types.ts';
import { all, type ContractContext, scope } from './contract-scope.ts';

/** A fetched page `n` of `site` (stored, gzipped raw bytes), with `over` in place of its defaults. */
export const page = (site: string, n: number, over: Partial<FetchedPage> = {}): FetchedPage => ({
  urlKey: `${site.replace('http:', 'https:')}/p${n}`,
  url: `${site}/p${n}`,
  finalUrl: `${site}/p${n}`,
  source: null,
  feedUrl: `${site}/feed.xml`,
  fetchedAt: '2031-05-01T10:00:00.000Z',
  status: 200,
  outcome: 'stored',
  error: null,
  attempts: 1,
  articleId: null,
  contentType: 'text/html; charset=utf-8',
  etag: null,
  lastModified: null,
  listed: { title: `Page ${n}` },
  raw: gzipSync(Buffer.from(`<p>page ${n} ünïcode</p>`)),
  ...over,
});

/** The fetch state: sources, feed states and pages, kept across reopening. */
export function fetchContract(context: ContractContext): void {
  test('fetch state: sources are saved by name, case-insensitively, and replaced whole', async () => {
    const store = context.store();
    const { outlet } = scope();
    await store.saveSources([
      { name: outlet, urls: ['https://a.example/feed'], leaning: 'left', owner: null, everyMs: 900_000 },
    ]);
    await store.saveSources([
      {
        name: outlet.toUpperCase(),
        urls: ['https://a.example/feed', 'https://a.example/sitemap.xml'],
        leaning: 'centre',
        owner: 'A Group',
        everyMs: null,
      },
    ]);
    const mine = (await store.fetchSources()).filter((s) => s.name.toLowerCase() === outlet.toLowerCase());
    assert.deepEqual(mine, [
      {
        name: outlet.toUpperCase(),
        urls: ['https://a.example/feed', 'https://a.example/sitemap.xml'],
        leaning: 'centre',
        owner: 'A Group',
        everyMs: null,
      },
    ]);
  });

  test('fetch state: a feed state is replaced by URL and read back as saved', async () => {
    const store = context.store();
    const { site, outlet } = scope();
    const state: FeedState = {
      url: `${site}/feed.xml`,
      source: outlet,
      etag: '"v1"',
      lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT',
      checkedAt: '2031-05-01T10:00:00.000Z',
      okAt: '2031-05-01T10:00:00.000Z',
      status: 200,
      error: null,
      attempts: 1,
      failures: 0,
      entries: 12,
    };
    await store.saveFeedStates([state]);
    const failed = {
      ...state,
      checkedAt: '2031-05-01T11:00:00.000Z',
      status: 503,
      error: 'HTTP 503',
      attempts: 2,
      failures: 1,
    };
    await store.saveFeedStates([failed]);
    const again = await context.open();
    try {
      assert.deepEqual(
        (await again.feedStates()).filter((f) => f.url === state.url),
        [failed],
      );
    } finally {
      await again.close();
    }
  });

  test('fetch state: pages are known by URL key, updated in place, and their raw bytes come back', async () => {
    const store = context.store();
    const { site, outlet } = scope();
    const first = page(site, 1, { source: outlet });
    const second = page(site, 2, {
      source: outlet,
      outcome: 'failed',
      status: 503,
      error: 'HTTP 503',
      raw: null,
    });
    await store.savePages([first, second]);
    const known = await store.knownPages([first.urlKey, second.urlKey, `${site}/never`]);
    assert.deepEqual([...known.keys()].sort(), [first.urlKey, second.urlKey].sort());
    const { raw: _raw, ...withoutRaw } = first;
    assert.deepEqual(known.get(first.urlKey), { ...withoutRaw, firstAt: first.fetchedAt });
    // the failed page tried again and stored: one row still, now with raw bytes
    const retried = page(site, 2, {
      source: outlet,
      fetchedAt: '2031-05-02T10:00:00.000Z',
      attempts: 2,
      articleId: 'a1',
    });
    await store.savePages([retried]);
    // an update without raw bytes keeps the stored ones
    await store.savePages([{ ...first, articleId: 'a7', raw: null }]);
    const raws = (await all(store.rawPages())).filter((p) =>
      p.urlKey.startsWith(site.replace('http:', 'https:')),
    );
    assert.deepEqual(
      raws.map((p) => [
        p.urlKey,
        p.attempts,
        p.articleId,
        Buffer.from(p.raw ?? []).equals(Buffer.from((p.urlKey === first.urlKey ? first : retried).raw ?? [])),
      ]),
      [
        [first.urlKey, 1, 'a7', true],
        [retried.urlKey, 2, 'a1', true],
      ],
    );
  });

  test('fetch state: a page keeps its validators; fetched again, its article is not counted again', async () => {
    const store = context.store();
    const { site, outlet } = scope();
    const first = page(site, 1, {
      source: outlet,
      fetchedAt: '2031-07-01T00:00:00.000Z',
      etag: '"p1-v1"',
      lastModified: 'Tue, 01 Jul 2031 00:00:00 GMT',
    });
    await store.savePages([first]);
    const again = { ...first, fetchedAt: '2031-07-05T00:00:00.000Z', etag: '"p1-v2"', raw: null };
    await store.savePages([again]);
    const { raw: _raw, ...known } = again;
    // (its first attempt's time kept)
    assert.deepEqual((await store.knownPages([first.urlKey])).get(first.urlKey), {
      ...known,
      firstAt: first.fetchedAt,
    });
    const counts = (await store.pageCounts('2031-07-03T00:00:00.000Z')).find((c) => c.source === outlet);
    assert.deepEqual(
      [counts?.attempts, counts?.stored, counts?.lastStoredAt],
      [1, 0, '2031-07-01T00:00:00.000Z'],
    );
  });
}
