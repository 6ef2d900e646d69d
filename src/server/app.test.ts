import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';
import { damStoryId, FIXTURE_OUTLETS, fixtureStore } from './fixtures/store.ts';
import type { JobQueue } from './jobs.ts';
import { MAX_FILE_BYTES, MAX_PENDING_JOBS, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from './patterns.ts';

// Every route of the web app, in memory (app.request), over the fixture store.
describe('web app routes', () => {
  let store: Store;
  let app: OpenAPIHono;
  let jobs: JobQueue;
  let dam: string; // the dam story's id
  before(async () => {
    store = await fixtureStore();
    ({ app, jobs } = createApp({
      store,
      outlets: FIXTURE_OUTLETS,
      analyze: { compare: { outlets: FIXTURE_OUTLETS } },
    }));
    dam = await damStoryId(store);
  });
  after(async () => {
    await jobs.idle();
    await store.close();
  });
  const get = async (path: string) => {
    const res = await app.request(path);
    return { res, text: await res.text() };
  };

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
    assert.match(text, /<svg class="bar"[^>]*aria-label="4 outlets: 2 left, 1 centre, 1 leaning unknown"/);
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
    assert.match((await get('/?q=zzzqqq')).text, /Nothing matches/);
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
      .replaceAll('&#39;', "'");
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

  test('add: a pasted article is ingested with progress and gets its page; its story report is computed', async () => {
    const form = new FormData();
    form.set(
      'text',
      'Harbourmaster Quentin Ashdown said on Friday that the Pellham ferry will run every twenty minutes this summer.\n\nThe ferry carried 40,000 people last year, Ashdown said.',
    );
    form.set('title', 'Pellham ferry to run every twenty minutes');
    form.set('outlet', 'Pellham Post');
    form.set('url', 'https://pellham-post.example/ferry');
    const res = await app.request('/add', { method: 'POST', body: form });
    assert.equal(res.status, 303);
    const location = res.headers.get('location') ?? '';
    assert.match(location, /^\/add\/jobs\/[0-9a-f-]{36}$/);
    await jobs.idle();
    const { text } = await get(location);
    assert.match(text, /done: 1 new, 0 already stored, 0 skipped, 1 story/);
    const articleId = /href="\/articles\/(a\d+)">Pellham ferry to run every twenty minutes</.exec(text)?.[1];
    assert.ok(articleId, 'the progress page names the new article by its title');
    const page = await get(`/articles/${articleId}`);
    assert.match(page.text, /Pellham ferry to run every twenty minutes/);
    const stored = await store.article(articleId as string);
    const found = await store.story(stored?.storyId ?? '');
    assert.equal(found?.story.reportStale, false, 'its story report was computed');
    const job = (await get(`/api${location.slice('/add'.length)}`)).text;
    assert.equal(JSON.parse(job).state, 'done');
  });

  test('add: uploaded files are ingested; nothing, too many, too large and URL lists are refused clearly', async () => {
    const upload = new FormData();
    upload.append(
      'files',
      new File(
        ['Uploaded note about the Glenmoor dam spillway closure and its repairs.'],
        '../../etc/passwd',
      ),
    );
    const res = await app.request('/add', { method: 'POST', body: upload });
    assert.equal(res.status, 303);
    await jobs.idle();
    const id = (res.headers.get('location') ?? '').split('/').pop() as string;
    const job = jobs.get(id);
    assert.equal(job?.inserted, 1);
    const stored = await store.article(job?.articleIds[0] ?? '');
    assert.equal(stored?.article.source, '1-passwd.txt', 'a file name only labels the article');

    const post = (body: FormData) => app.request('/add', { method: 'POST', body });
    assert.equal((await post(new FormData())).status, 400);
    const many = new FormData();
    for (let i = 0; i <= MAX_UPLOAD_FILES; i++) many.append('files', new File([`note ${i}`], `n${i}.txt`));
    const tooMany = await post(many);
    assert.equal(tooMany.status, 413);
    assert.match(await tooMany.text(), new RegExp(`at most ${MAX_UPLOAD_FILES}`));
    const big = new FormData();
    big.append('files', new File(['x'.repeat(MAX_FILE_BYTES + 1)], 'big.txt'));
    assert.equal((await post(big)).status, 413);
    const huge = await app.request('/add', {
      method: 'POST',
      body: 'x'.repeat(MAX_UPLOAD_BYTES + 1),
      headers: { 'content-type': 'multipart/form-data; boundary=zz' },
    });
    assert.equal(huge.status, 413);
    const mixed = new FormData();
    mixed.set('urls', 'https://example.org/a');
    mixed.set('text', 'Some pasted text.');
    assert.equal((await post(mixed)).status, 400);
    const badLink = new FormData();
    badLink.set('text', 'A pasted article about the Glenmoor dam.');
    badLink.set('url', 'javascript:alert(1)');
    const refused = await post(badLink);
    assert.equal(refused.status, 400);
    const again = await refused.text();
    assert.match(again, /role="alert">The link to the original must be an http\(s\) URL/);
    assert.match(again, /<form method="post" action="\/add"/, 'the form is shown again');
    const notUrl = new FormData();
    notUrl.set('urls', 'javascript:alert(1)');
    assert.equal((await post(notUrl)).status, 400);
    assert.equal((await get('/add/jobs/nope')).res.status, 404);
  });

  test('add: a URL list is fetched into the store; private addresses are refused by default', async () => {
    const site = createServer((req, res) => {
      if (req.url === '/ferry.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          '<html><head><title>Pellham ferry timetable grows</title><meta property="og:site_name" content="Pellham Post"></head><body><article><h1>Pellham ferry timetable grows</h1><p>Harbourmaster Quentin Ashdown said on Friday that the Pellham ferry will run every twenty minutes this summer, up from every half hour.</p><p>The ferry carried 40,000 people last year, Ashdown said, and the new timetable starts on June 1.</p></article></body></html>',
        );
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/ferry.html`;
    try {
      const form = () => {
        const body = new FormData();
        body.set('urls', url);
        return body;
      };
      // the default fetcher never reaches this machine's addresses
      const refused = await app.request('/add', { method: 'POST', body: form() });
      assert.equal(refused.status, 303);
      await jobs.idle();
      const job = jobs.get((refused.headers.get('location') ?? '').split('/').pop() as string);
      assert.equal(job?.inserted, 0);
      assert.match(job?.skipped.join('\n') ?? '', /private|loopback|not allowed|refused/i);
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
    } finally {
      site.close();
    }
  });

  test('a browser form or script of another site cannot add articles; a server bound to this machine answers to its names only', async () => {
    const form = () => {
      const body = new FormData();
      body.set('text', 'Councillor Rufus Oakhampton asked again about the Glenmoor dam.');
      return body;
    };
    const post = (headers: Record<string, string>) =>
      app.request('/add', { method: 'POST', body: form(), headers });
    assert.equal((await post({ origin: 'http://evil.example' })).status, 403);
    assert.equal((await post({ 'sec-fetch-site': 'cross-site' })).status, 403);
    assert.equal((await post({ 'sec-fetch-site': 'same-site', origin: 'http://localhost' })).status, 403);
    assert.equal((await post({ origin: 'null' })).status, 403, 'an opaque origin with no fetch metadata');
    assert.match(await (await post({ origin: 'http://evil.example' })).text(), /another site/);
    const api = await app.request('/api/articles', {
      method: 'POST',
      body: JSON.stringify({ articles: [{ text: 'x' }] }),
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
    });
    assert.equal(api.status, 403);
    assert.equal(((await api.json()) as { status: number }).status, 403);
    assert.equal((await post({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status, 303);
    await jobs.idle();
    const local = createApp({ store, hosts: ['127.0.0.1', 'localhost'] }).app;
    assert.equal((await local.request('http://127.0.0.1:8080/')).status, 200);
    assert.equal((await local.request('http://localhost/')).status, 200);
    assert.equal((await local.request('http://rebound.example:8080/')).status, 403);
  });

  test('the article page keeps the removed boilerplate behind an expander, greyed, each line with its reason', async () => {
    const upload = new FormData();
    upload.append(
      'files',
      new File(
        [
          'Pellham harbour dredging starts\n\nThe Pellham harbour board will start dredging the channel on Monday, harbourmaster Quentin Ashdown said.\n\nADVERTISEMENT\n\nThe work will take three weeks and cost 900,000 dollars, Ashdown said.\n\nSign up for our newsletter\n',
        ],
        'dredging.txt',
      ),
    );
    const res = await app.request('/add', { method: 'POST', body: upload });
    await jobs.idle();
    const job = jobs.get((res.headers.get('location') ?? '').split('/').pop() as string);
    const { text } = await get(`/articles/${job?.articleIds[0]}`);
    const removed =
      /<details class="removed"><summary>([^<]+)<\/summary><ul>([\s\S]*?)<\/ul><\/details>/.exec(text);
    assert.ok(removed, 'the removed lines are behind an expander');
    assert.match(removed[1] ?? '', /Show the 2 lines removed as boilerplate/);
    assert.match(removed[2] ?? '', /<li>ADVERTISEMENT<small>removed: widget: advertisement/);
    assert.match(removed[2] ?? '', /<li>Sign up for our newsletter<small>removed: widget: newsletter/);
    assert.doesNotMatch(
      /<article class="article-body">[\s\S]*<\/article>/.exec(text)?.[0] ?? '',
      /ADVERTISEMENT/,
    );
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

  test('the add page and the assets are served', async () => {
    const add = await get('/add');
    assert.equal(add.res.status, 200);
    assert.match(add.text, /<form method="post" action="\/add" enctype="multipart\/form-data">/);
    const css = await app.request('/assets/app.css');
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    const js = await app.request('/assets/app.js');
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
  });

  test('API: stories, story, article, search, stats, with 400 and 404 as JSON', async () => {
    const json = async (path: string, status = 200) => {
      const res = await app.request(path);
      assert.equal(res.status, status, path);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      // biome-ignore lint/suspicious/noExplicitAny: the test reads the answers' JSON loosely
      return res.json() as Promise<any>;
    };
    const stories = await json('/api/stories?outlet=Glenmoor%20Ledger');
    assert.deepEqual(
      stories.stories.map((s: { id: string }) => s.id),
      [dam],
    );
    assert.deepEqual(stories.stories[0].coverage, { left: 2, centre: 1, right: 0, unknown: 1 });
    assert.equal(stories.stories[0].oneSide, null);
    const story = await json(`/api/stories/${dam}`);
    assert.equal(story.report.stories[0].articleIds.length, 4);
    assert.equal((await json('/api/articles/a1')).article.outlet, 'Glenmoor Ledger');
    assert.ok((await json('/api/search?q=Fairweather&limit=2')).hits.length === 2);
    assert.equal((await json('/api/stats')).backend, 'sqlite');
    assert.match((await json('/api/stories?limit=0', 400)).error, /limit/);
    assert.match((await json('/api/stories?since=soon', 400)).error, /since/);
    assert.equal((await json('/api/search', 400)).status, 400);
    assert.equal((await json('/api/stories/nope', 404)).error, 'no story nope');
    await json('/api/stories/a%20b', 400);
    await json('/api/articles/a999', 404);
    await json('/api/jobs/not-a-uuid', 400);
    await json('/api/jobs/00000000-0000-4000-8000-000000000000', 404);
    await json('/api/nothing', 404);
  });

  test('API: articles posted as JSON are ingested; malformed, javascript: URLs and too many are refused', async () => {
    const post = (body: unknown, raw = false) =>
      app.request('/api/articles', {
        method: 'POST',
        body: raw ? (body as string) : JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    const res = await post({
      articles: [
        {
          text: 'Councillor Rufus Oakhampton asked for an inquiry into the Glenmoor dam.',
          outlet: 'Valley Sentinel',
        },
      ],
    });
    assert.equal(res.status, 202);
    const job = (await res.json()) as { id: string; state: string };
    await jobs.idle();
    const done = (await (await app.request(`/api/jobs/${job.id}`)).json()) as {
      state: string;
      inserted: number;
    };
    assert.equal(done.state, 'done');
    assert.equal(done.inserted, 1);
    assert.equal((await post({ articles: [] })).status, 400);
    assert.equal((await post({ articles: [{ text: 'x', url: 'javascript:alert(1)' }] })).status, 400);
    assert.equal((await post('{not json', true)).status, 400);
    const many = {
      articles: Array.from({ length: MAX_UPLOAD_FILES + 1 }, (_, i) => ({ text: `note ${i}` })),
    };
    assert.equal((await post(many)).status, 400);
    const huge = await post({ articles: [{ text: 'x'.repeat(MAX_UPLOAD_BYTES) }] });
    assert.equal(huge.status, 413);
    const fetches = (body: unknown) =>
      app.request('/api/fetches', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    for (const urls of [[], ['javascript:alert(1)'], ['file:///etc/passwd'], ['not a url']])
      assert.equal((await fetches({ urls })).status, 400, JSON.stringify(urls));
  });

  test('the OpenAPI document describes every API route from the schemas', async () => {
    const res = await app.request('/api/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/articles',
      '/api/articles/{id}',
      '/api/fetches',
      '/api/jobs/{id}',
      '/api/search',
      '/api/stats',
      '/api/stories',
      '/api/stories/{id}',
    ]);
    for (const name of [
      'StorySummary',
      'Story',
      'StoredArticle',
      'SearchHits',
      'NewArticles',
      'Job',
      'Error',
    ])
      assert.ok(doc.components.schemas[name], name);
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
      assert.equal(await bar(FIXTURE_OUTLETS), '2 left, 1 centre, 1 leaning unknown');
    } finally {
      await own.close();
    }
  });
});
