import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createContext, type Report } from '../model/index.ts';
import { openStore } from '../store/index.ts';
import { urlKey } from '../store/keys.ts';
import type { Store } from '../store/types.ts';
import { createFetcher, type FetcherOptions } from './fetcher.ts';
import { type FixtureSite, startSite } from './fixtures/site.ts';
import { reextract } from './reextract.ts';
import { type FetchTarget, fetchInto } from './run.ts';
import { defaultUserAgent } from './user-agent.ts';

// Fast settings for the fixture site: no delay between requests, a short timeout, a 1 MB cap.
const FAST: FetcherOptions = {
  allowPrivate: true,
  hostDelayMs: 0,
  timeoutMs: 1_500,
  maxPageBytes: 1_000_000,
  backoffMs: 50,
};

const FEEDS = [
  '/feeds/rss.xml',
  '/feeds/rss091.xml',
  '/feeds/atom.xml',
  '/feeds/rdf.xml',
  '/feeds/feed.json',
  '/sitemap-index.xml',
  '/urls.txt',
];

// The articles the site may give: invented stories 1-2, 4-9 (feeds, sitemap), 11-14 and 17 (hard cases).
const ALLOWED = [1, 2, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 17];

async function articlesOf(store: Store) {
  const out = [];
  for await (const stored of store.articles()) out.push(stored.article);
  return out;
}

describe('fetch: the fixture site into a store', () => {
  let site: FixtureSite;
  let store: Store;
  let elapsed = 0;
  let summary: Awaited<ReturnType<typeof fetchInto>>;
  const targets = (): FetchTarget[] => FEEDS.map((path) => ({ url: `${site.origin}${path}`, source: null }));

  before(async () => {
    site = await startSite();
    store = await openStore(':memory:');
    const fetcher = createFetcher(FAST);
    const start = performance.now();
    summary = await fetchInto(store, targets(), { fetcher, jobs: 1 }, createContext({ now: new Date() }));
    elapsed = performance.now() - start;
    await fetcher.close();
  });
  after(async () => {
    await store.close();
    await site.close();
  });

  test('every allowed article is stored exactly once', async () => {
    const articles = await articlesOf(store);
    const numbers = articles.map((a) => Number(/Story (\d+)/.exec(a.title ?? '')?.[1])).sort((a, b) => a - b);
    assert.deepEqual(numbers, ALLOWED);
    assert.equal(summary.stored, ALLOWED.length);
    // story 1 is listed twice (RSS, and Atom with a tracking parameter) and copied under another URL;
    // story 2 has a mobile copy, its text a sentence longer, naming /news/2 as canonical
    assert.equal(summary.duplicates, 2);
    const amp = (await store.knownPages([urlKey(`${site.origin}/amp/2`) as string])).values().next().value;
    const two = articles.find((a) => a.title?.startsWith('Story 2:'));
    assert.equal(amp?.outcome, 'duplicate');
    assert.equal(amp?.articleId, two?.id);
  });

  test('no disallowed path is requested, and the robots.txt is read once', () => {
    assert.deepEqual(
      site.requests.filter((r) => r.path.startsWith('/private/')),
      [],
    );
    assert.equal(site.requests.filter((r) => r.path === '/robots.txt').length, 1);
    assert.equal(summary.disallowed, 2);
  });

  test('never more than two requests at once to the host, and the user agent names Parallax', () => {
    assert.ok(site.peak() <= 2, `peak ${site.peak()}`);
    // with the project's URL only when package.json names one
    for (const r of site.requests) {
      assert.equal(r.headers['user-agent'], defaultUserAgent());
      assert.match(String(r.headers['user-agent']), /^Parallax\/\d+\.\d+\.\d+(?: \(\+https?:\/\/\S+\))?$/);
    }
  });

  test('a 429 is retried after its Retry-After, a redirect is followed, compressed pages are read', async () => {
    const busy = site.requests.filter((r) => r.path === '/news/busy');
    assert.equal(busy.length, 2);
    assert.ok((busy[1]?.start ?? 0) - (busy[0]?.start ?? 0) >= 950, 'waited the second it was asked to');
    const articles = await articlesOf(store);
    const moved = articles.find((a) => a.title?.startsWith('Story 4'));
    assert.equal(moved?.url, `${site.origin}/news/4`);
    assert.ok(
      articles.some((a) => a.title?.startsWith('Story 11')),
      'gzip',
    );
    assert.ok(
      articles.some((a) => a.title?.startsWith('Story 12')),
      'brotli',
    );
  });

  test('a header naming the wrong charset does not garble the text', async () => {
    const latin = (await articlesOf(store)).find((a) => a.title?.startsWith('Story 13'));
    assert.match(latin?.text ?? '', /At the café, officials/);
  });

  test('feed metadata fills what the page lacks; the page keeps what it has', async () => {
    const one = (await articlesOf(store)).find((a) => a.title?.startsWith('Story 1:'));
    assert.equal(one?.publishedAt, 'Tue, 02 Jan 2035 08:00:00 GMT');
    assert.equal(one?.byline, 'Ida Brenn');
    assert.equal(one?.metadataSources.publishedAt, 'feed');
    assert.ok(one?.title?.startsWith('Story 1:'), 'the page title wins over the feed title');
  });

  test('the slow page costs one timeout, the huge page and the bad redirects fail, all recorded', async () => {
    assert.ok(elapsed < 10_000, `the run took ${Math.round(elapsed)} ms`);
    const slow = site.requests.filter((r) => r.path === '/news/slow');
    assert.equal(slow.length, 1, 'a timeout is not retried');
    const keys = ['slow', 'huge', 'ftp', 'loop'].map((p) => urlKey(`${site.origin}/news/${p}`) as string);
    const known = await store.knownPages(keys);
    for (const key of keys) assert.equal(known.get(key)?.outcome, 'failed', key);
    assert.match(known.get(keys[0] as string)?.error ?? '', /within 1500 ms/);
    assert.match(known.get(keys[1] as string)?.error ?? '', /1000000-byte limit/);
    assert.match(known.get(keys[2] as string)?.error ?? '', /not an http\(s\) URL/);
    assert.match(known.get(keys[3] as string)?.error ?? '', /more than 5 redirects/);
  });

  test('a huge page given directly is held to the page cap, not the listing cap', async () => {
    const fetcher = createFetcher(FAST);
    const scratch = await openStore(':memory:');
    try {
      const run = await fetchInto(
        scratch,
        [{ url: `${site.origin}/news/huge`, source: null }],
        { fetcher, jobs: 1 },
        createContext({ now: new Date() }),
      );
      assert.equal(run.stored, 0);
      assert.match(run.errors[0]?.error ?? '', /over the 1000000-byte limit of a page/);
    } finally {
      await fetcher.close();
      await scratch.close();
    }
  });

  test('reextract reads the kept pages again without fetching: the same articles come out, nothing is stored twice', async () => {
    const before = site.requests.length;
    const again = await reextract(store, store, { jobs: 1 }, createContext({ now: new Date() }));
    // every page that stored an article (the duplicates' pages are left to them), and the empty page
    assert.deepEqual(
      [again.pages, again.unchanged, again.updated, again.noArticle, again.stored],
      [ALLOWED.length + 1, ALLOWED.length, 0, 1, 0],
    );
    assert.equal(site.requests.length, before);
    assert.equal((await store.stats()).articles, ALLOWED.length);
    const empty = (await store.knownPages([urlKey(`${site.origin}/news/empty`) as string]))
      .values()
      .next().value;
    assert.equal(empty?.outcome, 'no-article');
  });

  test('reextract replaces an article whose extraction changed: same id and story, new text, report stale', async () => {
    const articles = await articlesOf(store);
    const five = articles.find((a) => a.title?.startsWith('Story 5:'));
    assert.ok(five);
    // what an older extractor might have stored: the body cut short and the title missed
    const old = {
      ...five,
      title: null,
      text: 'Officials said on Monday.',
      body: ['Officials said on Monday.'],
    };
    await store.replaceArticles([
      { id: five.id, article: old, contentHash: `old-${five.id}`, features: null },
    ]);
    const storyId = (await store.article(five.id))?.storyId as string;
    const asOf = (await store.story(storyId, { articles: false }))?.story.updatedAt as string;
    await store.saveReport(storyId, { mark: 'computed before' } as unknown as Report, asOf);
    assert.equal((await store.story(storyId))?.story.reportStale, false);
    const before = site.requests.length;
    const again = await reextract(store, store, { jobs: 1 }, createContext({ now: new Date() }));
    assert.deepEqual([again.updated, again.unchanged, again.stored], [1, ALLOWED.length - 1, 0]);
    const now = await store.article(five.id);
    assert.equal(now?.article.text, five.text);
    assert.equal(now?.article.title, five.title);
    assert.equal(now?.storyId, storyId);
    assert.equal((await store.story(storyId))?.story.reportStale, true);
    assert.equal((await store.stats()).articles, ALLOWED.length);
    assert.equal(site.requests.length, before);
  });

  test('a second run asks the feeds conditionally, fetches no page again and stores nothing twice', async () => {
    const before = site.requests.length;
    const fetcher = createFetcher(FAST);
    const again = await fetchInto(store, targets(), { fetcher, jobs: 1 }, createContext({ now: new Date() }));
    await fetcher.close();
    const asked = site.requests.slice(before).map((r) => r.path);
    // failed pages are tried again (up to 3 attempts over runs); stored ones never
    assert.deepEqual(
      asked.filter(
        (p) => p.startsWith('/news/') && !['/news/slow', '/news/huge', '/news/ftp', '/news/loop'].includes(p),
      ),
      [],
    );
    assert.equal(again.unchanged, 5, 'the five feeds answered 304');
    assert.equal(again.stored, 0);
    assert.equal((await store.stats()).articles, ALLOWED.length);
  });
});

describe('fetch: a hung site', () => {
  test('costs about one timeout, not one per page: after two timeouts in a row its other pages are skipped', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    try {
      const fetcher = createFetcher({ ...FAST, timeoutMs: 1_500 });
      const start = performance.now();
      const run = await fetchInto(
        store,
        [{ url: `${site.origin}/feeds/hung.xml`, source: null }],
        { fetcher, jobs: 1 },
        createContext({ now: new Date() }),
      );
      const elapsed = performance.now() - start;
      await fetcher.close();
      assert.equal(run.failed, 6);
      // two requests time out together; a third, sent as the first slot freed, is stopped with them
      assert.ok(elapsed < 2_600, `took ${Math.round(elapsed)} ms for six hung pages at a 1.5 s timeout`);
      assert.ok(site.requests.filter((r) => r.path.startsWith('/hung/')).length <= 3);
      assert.match(run.errors.at(-1)?.error ?? '', /did not answer 2 requests in a row; skipped/);
    } finally {
      await store.close();
      await site.close();
    }
  });
});

describe('fetch: a page that failed is tried again on the next run', () => {
  test('its feed is read again in full (its validators are kept only once its pages are done)', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    try {
      const run = async () => {
        const fetcher = createFetcher(FAST);
        try {
          return await fetchInto(
            store,
            [{ url: `${site.origin}/feeds/flaky.xml`, source: null }],
            { fetcher, jobs: 1 },
            createContext({ now: new Date() }),
          );
        } finally {
          await fetcher.close();
        }
      };
      const first = await run();
      assert.deepEqual([first.stored, first.failed], [0, 1]);
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

describe('fetch: stopping', () => {
  test('a run stopped while it reads a listing ends at once, with nothing stored and no error', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    const fetcher = createFetcher(FAST);
    try {
      const stop = new AbortController();
      setTimeout(() => stop.abort(), 300);
      const start = performance.now();
      const run = await fetchInto(
        store,
        [{ url: `${site.origin}/news/slow`, source: null }],
        { fetcher, jobs: 1, signal: stop.signal },
        createContext({ now: new Date() }),
      );
      assert.ok(performance.now() - start < 1_200, 'did not wait for the timeout');
      assert.deepEqual([run.stored, run.failed, run.errors.length], [0, 0, 0]);
      assert.deepEqual(await store.feedStates(), []);
    } finally {
      await fetcher.close();
      await store.close();
      await site.close();
    }
  });
});

describe('fetch: what a run takes', () => {
  test('--since leaves out pages dated before it; --max-pages leaves the rest for the next run', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    const run = async (options: { since?: string; maxPages?: number }) => {
      const fetcher = createFetcher(FAST);
      try {
        return await fetchInto(
          store,
          [{ url: `${site.origin}/feeds/rss.xml`, source: null }],
          { fetcher, jobs: 1, ...options },
          createContext({ now: new Date() }),
        );
      } finally {
        await fetcher.close();
      }
    };
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

describe('fetch: pages fetched again (refresh)', () => {
  test('each page is asked with its validators: unchanged ones answer 304, revised ones replace their article in place', async () => {
    const site = await startSite();
    const store = await openStore(':memory:');
    const run = async (refresh: boolean) => {
      const fetcher = createFetcher(FAST);
      try {
        return await fetchInto(
          store,
          [{ url: `${site.origin}/feeds/rss.xml`, source: null }],
          { fetcher, jobs: 1, refresh },
          createContext({ now: new Date() }),
        );
      } finally {
        await fetcher.close();
      }
    };
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

describe('fetch: a site given by its home page', () => {
  const discover = async (bareHome: boolean) => {
    const site = await startSite({ bareHome });
    const store = await openStore(':memory:');
    const fetcher = createFetcher(FAST);
    try {
      const run = await fetchInto(
        store,
        [{ url: `${site.origin}/`, source: null }],
        { fetcher, jobs: 1 },
        createContext({ now: new Date() }),
      );
      const titles = (await articlesOf(store)).map((a) => Number(/Story (\d+)/.exec(a.title ?? '')?.[1]));
      return { run, titles: titles.sort((a, b) => a - b), paths: site.requests.map((r) => r.path), store };
    } finally {
      await fetcher.close();
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
      assert.equal(run.listings, 4, 'the home page and the three feeds it links');
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
