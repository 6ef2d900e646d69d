import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../model/index.ts';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { createFetcher } from './fetcher.ts';
import { fetchRound } from './fixtures/fetch-rounds.ts';
import { FAST } from './fixtures/settings.ts';
import { startSite } from './fixtures/site.ts';
import { storeHealth } from './health.ts';
import { watchSources } from './watch.ts';

// One fetch run of a feed, for no source.
const fetchAlone = (store: Store, url: string) => fetchRound(store, [url]);

describe('fetch: feed items that link no page', () => {
  test('an empty link and an ftp: link are named and counted, not passed over', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    try {
      const summary = await fetchAlone(store, `${site.origin}/feeds/unlinked.xml`);
      assert.equal(summary.stored, 1);
      assert.equal(summary.unlinked, 2);
      const lines = summary.errors.map((e) => `${e.url}: ${e.error}`);
      assert.deepEqual(lines, [
        `${site.origin}/feeds/unlinked.xml: the item "Blank link" has an empty link or none, left out`,
        `${site.origin}/feeds/unlinked.xml: the item "Ferry tables" links no http(s) URL (ftp://files.example/ferry.pdf), left out`,
      ]);
    } finally {
      await store.close();
      await site.close();
    }
  });
});

describe('watch: a feed fetched alone, then named by a source', () => {
  test('the source is due at once, its feed is read in full and its articles count for it', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    const feed = `${site.origin}/feeds/rss091.xml`;
    try {
      assert.equal((await fetchAlone(store, feed)).stored, 1);
      const source = { name: 'Strait Courier', urls: [feed], leaning: null, owner: null, everyMs: null };
      await store.saveSources([source]);
      const rounds: (readonly string[])[] = [];
      const fetcher = createFetcher(FAST);
      try {
        await watchSources(
          store,
          [source],
          { fetcher, jobs: 1, once: true, onRound: (polled) => rounds.push(polled) },
          () => createContext({ now: new Date() }),
        );
      } finally {
        await fetcher.close();
      }
      assert.deepEqual(rounds, [['Strait Courier']], 'polled, not "nothing due"');
      const asks = site.requests.filter((r) => r.path === '/feeds/rss091.xml');
      assert.equal(asks.length, 2);
      assert.equal(asks[1]?.headers['if-none-match'], undefined, 'read in full for the source');
      const health = await storeHealth(store, new Date());
      assert.deepEqual(
        health.map((h) => [h.name, h.articles, h.lastArticle !== null, h.lastSuccess !== null]),
        [['Strait Courier', 1, true, true]],
      );
    } finally {
      await store.close();
      await site.close();
    }
  });
});
