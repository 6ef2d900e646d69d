import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';
import { requestText, withFixtureApp } from './fixtures/app.ts';
import { FIXTURE_OUTLETS, fixtureStore } from './fixtures/store.ts';
import type { JobQueue } from './jobs.ts';

// Every route of the web app, in memory (app.request), over the fixture store: the pages that read
// the store: list, filters, search, story, article, hostile payloads.
describe('web app routes', () => {
  let store: Store;
  let app: OpenAPIHono;
  let jobs: JobQueue;
  let dam: string; // the dam story's id
  withFixtureApp((fixture) => ({ store, app, jobs, dam } = fixture));
  const get = (path: string) => requestText(app, path);

  test('every answer carries the CSP (no inline script), nosniff and no framing, errors included', async () => {
    for (const path of [
      '/',
      `/stories/${dam}`,
      '/articles/a1',
      '/add',
      '/nope',
      '/api/stories',
      '/api/nope',
      '/assets/app.css',
    ]) {
      const { res } = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });

  test('the list shows stories newest first with span, count, a coverage bar by leaning and the one-side flag', async () => {
    const { res, text } = await get('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.doesNotMatch(text, /<script>|<style>/, 'no inline script or style element');
    const titles = [...text.matchAll(/<h2><a href="\/stories\/([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(
      titles,
      (await store.stories()).map((s) => s.id),
    );
    assert.match(
      text,
      /<svg class="bar"[^>]*aria-label="4 outlets: 1 left, 1 lean left \(bar: 2 left\), 1 centre, 1 leaning unknown"/,
    );
    assert.match(text, /2025-06-02 – 2025-06-03/);
    assert.match(text, /4 articles/);
    assert.doesNotMatch(text, /class="flag"/, 'a story with a centre outlet is not one-sided');
  });

  test('a story covered only by outlets of one side is flagged', async () => {
    const { createApp: make } = await import('./app.ts');
    const leftOnly = FIXTURE_OUTLETS.map((o) => ({
      ...o,
      leaning: o.leaning === 'centre' ? 'left' : o.leaning,
    }));
    const { text } = await (async () => {
      const res = await make({ store, outlets: leftOnly }).app.request('/');
      return { text: await res.text() };
    })();
    assert.match(text, /<span class="flag">Covered by the left only<\/span>/);
  });

  test('the list filters by date, outlet and topic; bad filters are 400', async () => {
    const ids = async (query: string) => {
      const { text } = await get(`/${query}`);
      return [...text.matchAll(/<h2><a href="\/stories\/([^"]+)">/g)].map((m) => m[1]);
    };
    const all = await store.stories();
    const library = all.find((s) => s.id !== dam);
    assert.ok(library);
    assert.deepEqual(await ids('?since=2025-06-01'), [dam]);
    assert.deepEqual(await ids('?outlet=valley+sentinel'), [dam]);
    assert.deepEqual(await ids(`?topic=${library.topicId}`), [library.id]);
    // a topic is named by another of its stories, never by its id; one of this story alone is not shown
    const list = (await get('/')).text;
    assert.doesNotMatch(list, />topic t\d+</);
    for (const story of all) {
      const shared = all.some((s) => s.id !== story.id && s.topicId === story.topicId);
      const link = list.includes(`href="/?topic=${story.topicId}">same topic as`);
      if (story.topicId) assert.equal(link, shared, story.id);
    }
    assert.deepEqual(await ids('?outlet=Nobody'), []);
    assert.match((await get('/?outlet=Nobody')).text, /No story matches these filters/);
    for (const query of ['?since=yesterday', '?limit=0', '?limit=x', `?q=${'a'.repeat(501)}`])
      assert.equal((await get(`/${query}`)).res.status, 400, query);
    assert.match((await get('/?since=yesterday')).text, /takes a date/);
  });

  test('search lists matching articles best first with the words marked', async () => {
    const { res, text } = await get('/?q=Oakhampton');
    assert.equal(res.status, 200);
    const hits = [...text.matchAll(/<h2><a href="\/articles\/([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(new Set(hits), new Set(['a2', 'a3']));
    assert.match(text, /<mark>Oakhampton<\/mark>/);
    assert.match(text, /2 articles found, best first/);
    assert.match((await get('/?q=zzzqqq')).text, /Nothing matches/);
    // `limit` holds, and a page cut short says so instead of counting only what it shows
    const cut = (await get('/?q=Oakhampton&limit=1')).text;
    assert.equal([...cut.matchAll(/<h2><a href="\/articles\//g)].length, 1);
    assert.match(cut, /Only the best of the matching articles is shown: add words/);
    assert.match(
      (await get('/?q=Glenmoor&limit=2')).text,
      /Only the best 2 of the matching articles are shown/,
    );
    assert.match((await get('/?q=Oakhampton&limit=2')).text, /2 articles found, best first/);
  });

  test('the story page: summary with citations that open the cited sentence, outlets, sections behind expanders', async () => {
    const { res, text } = await get(`/stories/${dam}`);
    assert.equal(res.status, 200);
    assert.match(text, /<h1 id="story-s\d+-h">/);
    assert.match(text, /<article class="px-story"/);
    assert.match(text, /<details/, 'details sit behind expanders');
    assert.match(text, /<script src="\/assets\/story.js" defer><\/script>/);
    assert.doesNotMatch(text, /Same topic:/, 'a story is not its own neighbour');
    const cites = [...text.matchAll(/<a class="cite" href="([^"]+)"/g)].map((m) => m[1] as string);
    assert.ok(cites.length > 0, 'the summary cites its sources');
    for (const href of cites) assert.match(href, /^\/articles\/a\d+\?hl=(\d+)-(\d+)&amp;from=s\d+#s-\1-\2$/);
    assert.doesNotMatch(text, /href="#ev-/, 'no citation points at an anchor of the single-file report');
    assert.match(text, /href="https:\/\/valley-sentinel\.example\/2025\/06\/02\/glenmoor-dam"/);
    assert.equal((await get('/stories/nope')).res.status, 404);
    assert.equal((await get('/stories/..%2F..%2Fetc')).res.status, 404);
  });

  test('the story page lists other stories of the same topic', async () => {
    const other = (await store.stories()).find((s) => s.id !== dam);
    const found = await store.story(dam);
    assert.ok(other && found);
    const members = await store.storyArticleIds([other.id]);
    await store.saveStories([
      {
        id: other.id,
        title: other.title,
        topicId: found.story.topicId,
        articleIds: members.get(other.id) ?? [],
      },
    ]);
    const { text } = await get(`/stories/${dam}`);
    assert.match(text, new RegExp(`More on this topic</h2><ul><li><a href="/stories/${other.id}">`));
  });

  test('a citation opens its sentence highlighted in the article, with the outlet and a way back', async () => {
    const { text: storyHtml } = await get(`/stories/${dam}`);
    const href = (/<a class="cite" href="([^"]+)"/.exec(storyHtml)?.[1] ?? '').replaceAll('&amp;', '&');
    const [, articleId, start, end] = /^\/articles\/(a\d+)\?hl=(\d+)-(\d+)/.exec(href) ?? [];
    const { res, text } = await get(href);
    assert.equal(res.status, 200);
    const stored = await store.article(articleId as string);
    const sentence = stored?.article.text.slice(Number(start), Number(end)) ?? '';
    const marked = /<mark class="hl" id="s-(\d+)-(\d+)">([\s\S]*?)<\/mark>/.exec(text);
    assert.ok(marked, 'the cited span is marked');
    assert.equal(`${marked[1]}-${marked[2]}`, `${start}-${end}`);
    const shown = marked[3]
      ?.replace(/<[^>]+>/g, '')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
    assert.equal(shown, sentence.split('\n')[0]);
    assert.match(text, new RegExp(`<a class="back" href="/stories/${dam}">`));
    assert.match(text, /class="m-person" title="person: Imelda Fairweather"/);
    assert.match(text, /class="m-figure"/);
  });

  test('the article page: 404 unknown, 400 for a bad or misplaced span or back link', async () => {
    assert.equal((await get('/articles/a999')).res.status, 404);
    assert.equal((await get('/articles/a1?hl=12')).res.status, 400);
    assert.equal((await get('/articles/a1?hl=5-999999')).res.status, 400);
    assert.equal((await get('/articles/a1?hl=9-3')).res.status, 400);
    assert.equal((await get('/articles/a1?from=../x')).res.status, 400);
    assert.equal((await get('/articles/a1')).res.status, 200);
  });

  test('hostile titles, outlets, URLs and texts render as text: no tag, handler or javascript: link gets through', async () => {
    const pages = [
      '/',
      `/stories/${dam}`,
      '/articles/a4',
      '/articles/a4?hl=0-40',
      '/?q=Glenmoor',
      `/?outlet=${encodeURIComponent('<script>x</script>')}`,
    ];
    for (const path of pages) {
      const { res, text } = await get(path);
      assert.equal(res.status, 200, path);
      assert.doesNotMatch(text, /<script>window|<img src=x|<\/style><script/i, path);
      assert.doesNotMatch(text, /href="javascript:|href='javascript:/i, path);
      // an attribute named onerror (quoted attribute values, escaped text, taken out first)
      assert.doesNotMatch(text.replace(/="[^"]*"/g, '=""'), /<[^>]*\sonerror=/i, path);
    }
    const { text } = await get('/articles/a4');
    assert.match(text, /Glenmoor dam &lt;script&gt;window.__pwned=1&lt;\/script&gt; spillway/);
    assert.doesNotMatch(text, /Read the original/, 'a javascript: URL gets no link');
  });

  test('a story page is rendered again when its articles change (cached by membership time)', async () => {
    const count = (html: string) => /<article class="px-story"[\s\S]*?(\d+) articles/.exec(html)?.[1];
    const found = await store.story(dam, { articles: false, report: false });
    const ids = (await store.storyArticleIds([dam])).get(dam) ?? [];
    assert.ok(found && ids.length >= 4);
    const first = (await get(`/stories/${dam}`)).text;
    assert.match(count(first) ?? '', /^\d+$/, 'the page says how many articles');
    assert.equal((await get(`/stories/${dam}`)).text, first, 'an unchanged story is served as it was');
    await store.saveStories([
      { id: dam, title: found.story.title, topicId: found.story.topicId, articleIds: ids.slice(0, -1) },
    ]);
    const after = (await get(`/stories/${dam}`)).text;
    assert.equal(Number(count(after)), Number(count(first)) - 1);
    await store.saveStories([
      { id: dam, title: found.story.title, topicId: found.story.topicId, articleIds: ids },
    ]);
    assert.equal(count((await get(`/stories/${dam}`)).text), count(first));
  });

  test("without an outlet table the bars read the store's outlets, and --outlets wins over them", async () => {
    const own = await fixtureStore();
    try {
      await own.saveOutlets([
        { name: 'Glenmoor Ledger', leaning: 'right', owner: null, domains: [] },
        { name: 'Valley Sentinel', leaning: 'right', owner: null, domains: [] },
      ]);
      const bar = async (outlets?: typeof FIXTURE_OUTLETS) => {
        const text = await (
          await createApp({ store: own, ...(outlets ? { outlets } : {}) }).app.request('/')
        ).text();
        return /<svg class="bar"[^>]*aria-label="4 outlets: ([^"]+)"/.exec(text)?.[1];
      };
      // the fixture's ingest recorded its outlet table in the store; two outlets are recorded again
      assert.equal(await bar(), '1 centre, 2 right, 1 leaning unknown');
      assert.equal(
        await bar(FIXTURE_OUTLETS),
        '1 left, 1 lean left (bar: 2 left), 1 centre, 1 leaning unknown',
      );
    } finally {
      await own.close();
    }
  });
});
