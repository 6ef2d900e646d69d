import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page } from './contract-fetch.ts';
import { type ContractContext, scope } from './contract-scope.ts';

/** The fetch history read back: page counts per source, sources given up on, listing problems told before. */
export function fetchHistoryContract(context: ContractContext): void {
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
