import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';
import { withFixtureApp } from './fixtures/app.ts';
import type { JobQueue } from './jobs.ts';
import { MAX_PENDING_JOBS } from './patterns.ts';

// The web app's /add route, in memory (app.request), over the fixture store: articles added by URL:
// fetched into the store, private addresses refused by default, fetches queued up to a limit.
describe('web app routes: adding by URL', () => {
  let store: Store;
  let app: OpenAPIHono;
  let jobs: JobQueue;
  withFixtureApp((fixture) => ({ store, app, jobs } = fixture));

  test('add: a URL list is fetched into the store; private addresses are refused by default', async () => {
    const site = createServer((req, res) => {
      if (req.url === '/ferry.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          '<html><head><title>Pellham ferry timetable grows</title><meta property="og:site_name" content="Pellham Post"></head><body><article><h1>Pellham ferry timetable grows</h1><p>Harbourmaster Quentin Ashdown said on Friday that the Pellham ferry will run every twenty minutes this summer, up from every half hour.</p><p>The ferry carried 40,000 people last year, Ashdown said, and the new timetable starts on June 1.</p></article></body></html>',
        );
      } else if (req.url === '/menu.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/ferry.html`;
    try {
      const form = (urls = url) => {
        const body = new FormData();
        body.set('urls', urls);
        return body;
      };
      // the default fetcher never reaches this machine's addresses
      const refused = await app.request('/add', { method: 'POST', body: form() });
      assert.equal(refused.status, 303);
      await jobs.idle();
      const job = jobs.get((refused.headers.get('location') ?? '').split('/').pop() as string);
      assert.equal(job?.inserted, 0);
      assert.match(job?.skipped.join('\n') ?? '', /private|loopback|not allowed|refused/i);
      // and says what to do from here: the web app has no --allow-private to give (was its advice)
      assert.match(
        job?.skipped[0] ?? '',
        /\(the web app fetches none; parallax fetch --allow-private URL --db <this store> does\)/,
      );
      // a fetcher allowed to (as a test needs) stores the page, and its job page links it
      const { createFetcher } = await import('../fetch/index.ts');
      const local = createApp({
        store,
        fetcher: async () => createFetcher({ allowPrivate: true, hostDelayMs: 0 }),
      });
      const res = await local.app.request('/add', { method: 'POST', body: form() });
      await local.jobs.idle();
      const done = local.jobs.get((res.headers.get('location') ?? '').split('/').pop() as string);
      assert.equal(done?.state, 'done', done?.message);
      assert.equal(done?.inserted, 1, done?.message);
      const stored = await store.article(done?.articleIds[0] ?? '');
      assert.match(stored?.article.title ?? '', /Pellham ferry timetable grows/);
      // a page that gave no article, asked again, is "handled before", never "already stored" (was)
      const menu = url.replace('ferry.html', 'menu.html');
      const added = async () => {
        const res = await local.app.request('/add', { method: 'POST', body: form(menu) });
        await local.jobs.idle();
        return local.jobs.get((res.headers.get('location') ?? '').split('/').pop() as string)?.message;
      };
      assert.match((await added()) ?? '', /0 already stored, 0 handled before .* 1 without an article/);
      assert.match((await added()) ?? '', /0 new, 0 already stored, 1 handled before \(not fetched again\)/);
    } finally {
      site.close();
    }
  });

  test('additions pile up no further than the limit: the next is refused with 429 until one ends', async () => {
    // a fetcher that never comes: every fetch job stays queued or running
    const stuck = createApp({ store, fetcher: () => new Promise(() => {}) });
    const add = () => {
      const body = new FormData();
      body.set('urls', 'https://example.org/never');
      return stuck.app.request('/add', { method: 'POST', body });
    };
    for (let i = 0; i < MAX_PENDING_JOBS; i++) assert.equal((await add()).status, 303);
    const busy = await add();
    assert.equal(busy.status, 429);
    assert.match(await busy.text(), /additions are under way/);
    const api = await stuck.app.request('/api/articles', {
      method: 'POST',
      body: JSON.stringify({ articles: [{ text: 'x' }] }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(api.status, 429);
  });
});
