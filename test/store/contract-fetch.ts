import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { FeedState, FetchedPage } from '../../src/store/fetch-types.ts';
import { all, type ContractContext, scope } from './contract-scope.ts';

/** The fetch state: sources, feed states and pages, kept across reopening. */
export function fetchContract(context: ContractContext): void {
  const page = (site: string, n: number, over: Partial<FetchedPage> = {}): FetchedPage => ({
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

  test('fetch state: page counts per source since a time', async () => {
    const store = context.store();
    const { site, outlet } = scope();
    await store.savePages([
      page(site, 1, { source: outlet, fetchedAt: '2031-06-01T00:00:00.000Z' }),
      page(site, 2, { source: outlet, fetchedAt: '2031-06-03T00:00:00.000Z' }),
      page(site, 3, {
        source: outlet,
        fetchedAt: '2031-06-03T01:00:00.000Z',
        outcome: 'failed',
        status: 404,
        error: 'HTTP 404',
        raw: null,
      }),
      page(site, 5, { source: outlet, fetchedAt: '2031-06-01T01:00:00.000Z', outcome: 'failed', raw: null }),
      page(site, 4, { source: outlet, fetchedAt: '2031-06-03T02:00:00.000Z', outcome: 'duplicate' }),
    ]);
    const counts = (await store.pageCounts('2031-06-02T00:00:00.000Z')).find((c) => c.source === outlet);
    assert.deepEqual(counts, {
      source: outlet,
      attempts: 3,
      failures: 1,
      stored: 1,
      firstAt: '2031-06-01T00:00:00.000Z',
      lastStoredAt: '2031-06-03T00:00:00.000Z',
      // the latest failed page of the window, with its error (p5 failed before it)
      lastFailure: { url: `${site}/p3`, error: 'HTTP 404', at: '2031-06-03T01:00:00.000Z' },
    });
  });

  test('fetch state: one read gives the pages of each source given up on (their attempts over the span) and those left out, counted apart', async () => {
    const store = context.store();
    const { site, outlet } = scope();
    const at = (h: number) => `2031-08-01T0${h}:00:00.000Z`;
    const failed = (n: number, attempts: number) =>
      page(site, n, {
        source: outlet,
        fetchedAt: at(n),
        outcome: 'failed',
        error: 'HTTP 503',
        attempts,
        raw: null,
      });
    const noArticle = (n: number, error: string) =>
      page(site, n, { source: outlet, fetchedAt: at(n), outcome: 'no-article', error, raw: null });
    // their first attempts, the evening before (a page keeps the time of its first attempt)
    const first = (n: number) => ({ ...failed(n, 1), fetchedAt: '2031-07-31T18:00:00.000Z' });
    await store.savePages([first(1), first(2), first(3)]);
    const key = first(1).urlKey;
    assert.equal((await store.knownPages([key])).get(key)?.firstAt, '2031-07-31T18:00:00.000Z');
    await store.savePages([
      failed(9, 3), // three attempts within the hour: not given up on yet
      failed(1, 3),
      failed(2, 4),
      failed(3, 1), // tried again on the next run: not given up on
      noArticle(4, 'not an article: 30 words'),
      noArticle(5, 'not an article: 12 words'),
      noArticle(6, 'not an article: 8 words'),
      noArticle(7, 'no text'), // no article for another reason: not left out
      page(site, 8, { source: outlet, fetchedAt: at(8) }),
    ]);
    const { givenUp, leftOut } = await store.setAsidePages(
      { attempts: 3, afterMs: 6 * 3_600_000 },
      'not an article',
      2,
    );
    const own = (list: typeof givenUp) =>
      list
        .filter((g) => g.source === outlet)
        .map((g) => [g.count, g.latest.map((p) => [p.url.slice(site.length), p.error, p.at, p.attempts])]);
    assert.deepEqual(own(givenUp), [
      [
        2,
        [
          ['/p2', 'HTTP 503', at(2), 4],
          ['/p1', 'HTTP 503', at(1), 3],
        ],
      ],
    ]);
    assert.deepEqual(own(leftOut), [
      [
        3,
        [
          ['/p6', 'not an article: 8 words', at(6), 1],
          ['/p5', 'not an article: 12 words', at(5), 1],
        ],
      ],
    ]);
  });

  test('fetch state: listing problems told before are answered as known, the rest remembered', async () => {
    const store = context.store();
    const { site } = scope();
    const feed = `${site}/feed.xml`;
    const note = (error: string) => ({ url: feed, error });
    const none = await store.rememberNotes(
      [note('the item "A" links no http(s) URL')],
      '2031-09-01T00:00:00.000Z',
    );
    assert.deepEqual([...none], []);
    const known = await store.rememberNotes(
      [note('the item "A" links no http(s) URL'), note('the item "B" links no http(s) URL')],
      '2031-09-02T00:00:00.000Z',
    );
    assert.deepEqual([...known], [`${feed}\nthe item "A" links no http(s) URL`]);
    assert.deepEqual([...(await store.rememberNotes([], '2031-09-03T00:00:00.000Z'))], []);
  });
}
