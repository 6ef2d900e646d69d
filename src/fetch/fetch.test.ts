import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createContext, type Report } from '../model/index.ts';
import { openStore } from '../store/index.ts';
import { urlKey } from '../store/keys.ts';
import type { Store } from '../store/types.ts';
import { REPORT_VERSION } from '../version.ts';
import { createFetcher } from './fetcher.ts';
import { SLOW_PAGE_MS } from './fixtures/page-routes.ts';
import { articlesOf, FAST } from './fixtures/settings.ts';
import { type FixtureSite, startSite } from './fixtures/site.ts';
import { reextract } from './reextract.ts';
import { type FetchTarget, fetchInto } from './run.ts';
import { defaultUserAgent } from './user-agent.ts';

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

describe('fetch: the fixture site into a store', () => {
  let site: FixtureSite;
  let store: Store;
  let summary: Awaited<ReturnType<typeof fetchInto>>;
  const targets = (): FetchTarget[] => FEEDS.map((path) => ({ url: `${site.origin}${path}`, source: null }));

  before(async () => {
    site = await startSite();
    store = await openStore(':memory:');
    const fetcher = createFetcher(FAST);
    summary = await fetchInto(store, targets(), { fetcher, jobs: 1 }, createContext({ now: new Date() }));
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
    // the feed's RFC 822 pubDate ('Tue, 02 Jan 2035 08:00:00 GMT') read to ISO, as every stage reads dates
    assert.equal(one?.publishedAt, '2035-01-02T08:00:00.000Z');
    assert.equal(one?.byline, 'Ida Brenn');
    assert.equal(one?.metadataSources.publishedAt, 'feed');
    assert.ok(one?.title?.startsWith('Story 1:'), 'the page title wins over the feed title');
  });

  test('the slow page costs one timeout, the huge page and the bad redirects fail, all recorded', async () => {
    // told by what happened, not by the wall clock (a loaded machine stretches every step): the slow
    // page was given up at the fetcher's timeout, before the site answered it (SLOW_PAGE_MS later),
    // and not asked again
    const slow = site.requests.filter((r) => r.path === '/news/slow');
    assert.equal(slow.length, 1, 'a timeout is not retried');
    assert.equal(slow[0]?.answered, false, 'the slow page was not waited for');
    const keys = ['slow', 'huge', 'ftp', 'loop'].map((p) => urlKey(`${site.origin}/news/${p}`) as string);
    const known = await store.knownPages(keys);
    for (const key of keys) assert.equal(known.get(key)?.outcome, 'failed', key);
    assert.match(known.get(keys[0] as string)?.error ?? '', new RegExp(`within ${FAST.timeoutMs} ms`));
    assert.ok((FAST.timeoutMs ?? 0) < SLOW_PAGE_MS);
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
    // every stored article has its kept page: none is said to be left unread
    assert.equal(again.withoutPage, 0);
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
    const made = { mark: 'computed before', generator: { name: 'parallax', version: REPORT_VERSION } };
    await store.saveReport(storyId, made as unknown as Report, asOf);
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
