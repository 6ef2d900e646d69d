import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openStore } from '../store/index.ts';
import { fetchRound } from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { startSite } from './fixtures/site.ts';

describe('fetch: a site given by its home page', () => {
  const discover = async (bareHome: boolean) => {
    const site = await startSite({ bareHome });
    const store = await openStore(':memory:');
    try {
      const run = await fetchRound(store, [`${site.origin}/`]);
      const titles = (await articlesOf(store)).map((a) => Number(/Story (\d+)/.exec(a.title ?? '')?.[1]));
      return { run, titles: titles.sort((a, b) => a - b), paths: site.requests.map((r) => r.path), store };
    } finally {
      await site.close();
    }
  };

  test('reads the feeds it links (not a disallowed one), not the home page as an article', async () => {
    const { run, titles, paths, store } = await discover(false);
    try {
      // RSS: stories 1, 2 and 4 (3 is disallowed); Atom: 6 and 1 again
      assert.deepEqual(titles, [1, 2, 4, 6]);
      assert.ok(paths.includes('/feeds/rss.xml') && paths.includes('/feeds/atom.xml'));
      assert.ok(!paths.some((p) => p.startsWith('/private/')), 'nothing disallowed was asked');
      assert.ok(
        !paths.includes('/feed') && !paths.includes('/style.css'),
        'no probing when feeds are linked',
      );
      // the home page and two of the three feeds it links read; the disallowed one not read
      assert.deepEqual([run.listings, run.unread], [3, 1]);
      assert.match(run.errors.map((e) => e.error).join('\n'), /robots\.txt disallows \/private\/feed\.xml/);
      const home = (await store.feedStates()).find((f) => f.url.endsWith('/'));
      assert.deepEqual([home?.entries, home?.etag, home?.error], [3, null, null]);
    } finally {
      await store.close();
    }
  });

  test('linking none, its feed is found at a common path, asked only where robots.txt allows', async () => {
    const { run, titles, paths, store } = await discover(true);
    try {
      assert.deepEqual(titles, [1, 6]);
      assert.ok(!paths.includes('/rss.xml'), 'robots.txt disallows /rss.xml: never asked');
      assert.deepEqual(
        paths.filter((p) => ['/feed', '/feed.xml', '/atom.xml', '/rss', '/index.xml'].includes(p)),
        ['/feed', '/feed.xml', '/atom.xml'],
        'probed in order, up to the first feed',
      );
      assert.deepEqual(run.errors, []);
    } finally {
      await store.close();
    }
  });
});
