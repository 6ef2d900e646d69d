import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';
import { FIXTURE_OUTLETS, fixtureStore } from './fixtures/store.ts';
import type { JobQueue } from './jobs.ts';

// The story list pages on with a cursor (keyset pagination), in the page and in the API.
describe('pages of the story list', () => {
  let store: Store;
  let app: OpenAPIHono;
  let jobs: JobQueue;
  let all: string[];
  before(async () => {
    store = await fixtureStore();
    ({ app, jobs } = createApp({ store, outlets: FIXTURE_OUTLETS }));
    all = (await store.stories()).map((s) => s.id);
    assert.ok(all.length >= 2, 'the fixture store has stories to page through');
  });
  after(async () => {
    await jobs.idle();
    await store.close();
  });
  const fromAttribute = (href: string) => href.replace(/&amp;/g, '&');

  test('"Older stories" links walk the whole list once, newest first, and the last page has none', async () => {
    const seen: string[] = [];
    let path: string | undefined = '/?limit=1';
    while (path) {
      const res = await app.request(path);
      const html = await res.text();
      assert.equal(res.status, 200, path);
      const ids = [...html.matchAll(/<h2><a href="\/stories\/([^"]+)">/g)].map((m) => m[1] as string);
      // a full last page (here every page is full) links to no empty page
      assert.equal(ids.length, 1, `${path} lists one story`);
      seen.push(...ids);
      const next = /<a rel="next" href="([^"]+)">Older stories/.exec(html)?.[1];
      if (seen.length > 1) assert.match(html, /← Newest stories/);
      path = next ? fromAttribute(next) : undefined;
      assert.ok(seen.length <= all.length, 'the pages end');
    }
    assert.deepEqual(seen, all);
  });

  test('the API gives `next` while a page is full, null after; a malformed cursor is 400', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const query: string = after ? `&after=${encodeURIComponent(after)}` : '';
      const res = await app.request(`/api/stories?limit=1${query}`);
      const body = (await res.json()) as { stories: { id: string }[]; next: string | null };
      assert.equal(body.stories.length, 1, 'no page is empty: the last full page has no `next`');
      seen.push(...body.stories.map((s) => s.id));
      after = body.next;
    } while (after);
    assert.deepEqual(seen, all);
    assert.equal((await app.request('/api/stories?after=nope')).status, 400);
    assert.equal((await app.request('/?after=2025-01-01T00:00:00.000Z~a%20b')).status, 400);
  });

  // newuser17 #15: "which stories does everyone have"; store40: on past the first page
  test('?sort=outlets lists the stories most outlets first, page after page; the form keeps the choice', async () => {
    const stories = await store.stories();
    const counts = new Map(stories.map((s) => [s.id, s.outlets.length]));
    const res = await app.request('/?sort=outlets&limit=2');
    const html = await res.text();
    assert.equal(res.status, 200);
    const idsOf = (page: string) =>
      [...page.matchAll(/<h2><a href="\/stories\/([^"]+)">/g)].map((m) => m[1] as string);
    const most = [...counts.values()].sort((a, b) => b - a);
    assert.deepEqual(
      idsOf(html).map((id) => counts.get(id)),
      most.slice(0, 2),
    );
    assert.match(html, /most outlets first/);
    assert.match(html, /<option value="outlets" selected>/);
    // the pages that follow keep the order and list every story once
    const seen: string[] = [];
    let path: string | undefined = '/?sort=outlets&limit=1';
    while (path) {
      const page: string = await (await app.request(path)).text();
      seen.push(...idsOf(page));
      if (seen.length > 1) assert.match(page, /← Most outlets first/);
      const next: string | undefined = /<a rel="next" href="([^"]+)">More stories/.exec(page)?.[1];
      path = next ? fromAttribute(next) : undefined;
      assert.ok(seen.length <= all.length, 'the pages end');
    }
    assert.deepEqual(
      seen.map((id) => counts.get(id)),
      most,
    );
    assert.deepEqual([...seen].sort(), [...all].sort());
    assert.equal((await app.request('/?sort=size')).status, 400);
    // a cursor of the newest-first order is no place in this order, nor the other way round
    const newest = /<a rel="next" href="[^"]*after=([^"&]+)/.exec(
      await (await app.request('/?limit=1')).text(),
    )?.[1];
    assert.ok(newest);
    assert.equal((await app.request(`/?sort=outlets&after=${newest}`)).status, 400);
    assert.equal((await app.request(`/?after=2~${newest}`)).status, 400);
  });

  test("the search box holds no more than the search takes (a longer paste was a 'Bad request' page without the form)", async () => {
    const list = await (await app.request('/')).text();
    assert.match(list, /<input type="search" name="q" maxlength="500"/);
    assert.equal((await app.request(`/?q=${'a'.repeat(500)}`)).status, 200);
    assert.equal((await app.request(`/?q=${'a'.repeat(501)}`)).status, 400);
  });
});
