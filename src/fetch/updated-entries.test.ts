import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';
import { fetchRound } from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { articlePage } from './fixtures/site.ts';

/** One fetch run of a feed into the store, as `parallax fetch FEED` makes it. */
const fetchFeed = (store: Store, feed: string, now = new Date()) => fetchRound(store, [feed], { now });

// A feed whose entry says when its article was last updated (Atom `updated`): an article corrected
// in place is fetched again by a plain fetch or watch round, without --refresh.
test('a feed entry updated since its page was fetched is asked again, and its article replaced in place', async () => {
  let revision = 1;
  let updated = '2026-11-30T09:10:00Z';
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    if (req.url === '/atom.xml') {
      const o = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Post</title><id>urn:q</id>
<updated>${updated}</updated>
<entry><title>Story 1</title><id>urn:1</id><link href="${o}/news/1"/><published>2026-11-30T09:10:00Z</published><updated>${updated}</updated></entry>
<entry><title>Story 2</title><id>urn:2</id><link href="${o}/news/2"/><published>2026-11-30T10:00:00Z</published><updated>2026-11-30T10:00:00Z</updated></entry>
</feed>`);
      return;
    }
    const n = req.url === '/news/1' ? 1 : req.url === '/news/2' ? 2 : 0;
    if (!n) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articlePage(n, '', n === 1 ? revision : 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/atom.xml`;
  const store = await openStore(':memory:');
  const run = () => fetchFeed(store, feed);
  const pagesAsked = (from: number) => asked.slice(from).filter((u) => u.startsWith('/news/'));
  try {
    assert.equal((await run()).stored, 2);
    const [first] = await articlesOf(store);
    // an entry's `updated` equal to its `published` says nothing of a change
    assert.deepEqual(
      (await articlesOf(store)).map((a) => a.modifiedAt),
      [null, null],
    );
    // nothing updated: no page is asked again
    let from = asked.length;
    await run();
    assert.deepEqual(pagesAsked(from), []);
    // the article is corrected and its entry's `updated` moves past the fetch
    revision = 2;
    updated = new Date().toISOString();
    from = asked.length;
    const again = await run();
    assert.deepEqual(pagesAsked(from), ['/news/1']);
    assert.deepEqual([again.updated, again.stored, again.known], [1, 0, 1]);
    const articles = await articlesOf(store);
    assert.equal(articles.length, 2);
    const story1 = articles.find((a) => a.id === first?.id);
    assert.match(story1?.text ?? '', /Update 2: the council published/);
    // the page gives no time of its change: the entry's `updated` is its modifiedAt (a correction's date)
    assert.equal(Date.parse(story1?.modifiedAt ?? ''), Date.parse(updated));
    // read whole since: the same `updated` asks for nothing more
    from = asked.length;
    await run();
    assert.deepEqual(pagesAsked(from), []);
    // an entry dated far in the future (a feed's wrong clock) is no update
    updated = '2099-01-01T00:00:00Z';
    from = asked.length;
    await run();
    assert.deepEqual(pagesAsked(from), []);
  } finally {
    await store.close();
    await new Promise((resolve) => server.close(resolve));
  }
});

// Most RSS gives no update time: a corrected article shows in its item's new title.
test('an RSS item listed under a new title is asked again; a page unchanged (304) is not asked for it twice', async () => {
  let revision = 1;
  let title = 'Story 1: 12 hurt';
  const asked: { url: string; etag: string | undefined }[] = [];
  const server = createServer((req, res) => {
    asked.push({ url: req.url ?? '', etag: req.headers['if-none-match'] });
    const o = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/rss.xml' || req.url === '/other.xml') {
      // another feed carries the same page under a headline of its own
      const named = req.url === '/rss.xml' ? title : 'Quay fire: what we know';
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Post</title><link>${o}/</link>
<item><title>${named}</title><link>${o}/news/1</link><pubDate>Mon, 30 Nov 2026 09:10:00 GMT</pubDate></item>
</channel></rss>`);
      return;
    }
    if (req.url !== '/news/1') {
      res.writeHead(404);
      res.end();
      return;
    }
    const etag = `"r${revision}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag });
    res.end(articlePage(1, '', revision));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = await openStore(':memory:');
  const run = (feed = `${origin}/rss.xml`) => fetchFeed(store, feed);
  const pagesAsked = (from: number) => asked.slice(from).filter((r) => r.url === '/news/1');
  try {
    assert.equal((await run()).stored, 1);
    // the headline is corrected and the page revised: asked with its ETag, the article replaced
    title = 'Story 1: 14 hurt';
    revision = 2;
    let from = asked.length;
    const again = await run();
    assert.deepEqual(
      pagesAsked(from).map((r) => r.etag),
      ['"r1"'],
    );
    assert.equal(again.updated, 1);
    assert.match((await articlesOf(store))[0]?.text ?? '', /Update 2: the council published/);
    from = asked.length;
    await run();
    assert.deepEqual(pagesAsked(from), [], 'the same title asks for nothing');
    // a new title over the same page: one 304, then the title is known
    title = 'Story 1: fourteen hurt';
    assert.equal((await run()).pagesUnchanged, 1);
    from = asked.length;
    await run();
    assert.deepEqual(pagesAsked(from), []);
    // another feed's own headline for the page is no update of it (nor at every poll of either feed)
    from = asked.length;
    await run(`${origin}/other.xml`);
    await run();
    await run(`${origin}/other.xml`);
    assert.deepEqual(pagesAsked(from), []);
  } finally {
    await store.close();
    await new Promise((resolve) => server.close(resolve));
  }
});

// The run's clock (its context's now), not the machine's, says how far ahead an entry's update may be:
// a run given a later time takes an update of that time as one.
test("a feed entry's update is weighed against the run's clock", async () => {
  let updated = '2026-11-30T09:10:00Z';
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const o = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/atom.xml') {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Post</title><id>urn:q</id>
<updated>${updated}</updated>
<entry><title>Story 1</title><id>urn:1</id><link href="${o}/news/1"/><published>2026-11-30T09:10:00Z</published><updated>${updated}</updated></entry>
</feed>`);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articlePage(1, '', 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/atom.xml`;
  const store = await openStore(':memory:');
  const run = (now: string) => fetchFeed(store, feed, new Date(now));
  const pagesAsked = (from: number) => asked.slice(from).filter((u) => u.startsWith('/news/'));
  try {
    assert.equal((await run('2099-01-01T12:00:00Z')).stored, 1);
    // updated half an hour past the run's time (within a server's skew): asked again
    updated = '2099-01-01T12:30:00Z';
    let from = asked.length;
    await run('2099-01-01T12:00:00Z');
    assert.deepEqual(pagesAsked(from), ['/news/1']);
    // two hours past it: no update
    updated = '2099-01-01T14:30:00Z';
    from = asked.length;
    await run('2099-01-01T12:30:00Z');
    assert.deepEqual(pagesAsked(from), []);
  } finally {
    await store.close();
    await new Promise((resolve) => server.close(resolve));
  }
});
