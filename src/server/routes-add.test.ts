import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { articleLabels } from '../report/labels.ts';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';
import { requestText, withFixtureApp } from './fixtures/app.ts';
import type { JobQueue } from './jobs.ts';
import { MAX_FILE_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from './patterns.ts';

// Every route of the web app, in memory (app.request), over the fixture store: adding articles:
// pasted, uploaded, refused from another site; their pages. By URL: routes-add-urls.test.ts.
describe('web app routes', () => {
  let store: Store;
  let app: OpenAPIHono;
  let jobs: JobQueue;
  withFixtureApp((fixture) => ({ store, app, jobs } = fixture));
  const get = (path: string) => requestText(app, path);

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
    // a pasted article is no file the user chose
    assert.match(text, /<h1>Adding 1 pasted article<\/h1>/);
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

  test('add: a later version of a stored page is said as replaced, not left out of the done line', async () => {
    const version = (text: string, modifiedAt: string) =>
      JSON.stringify({
        title: 'Tolland ferry timetable',
        outlet: 'Pellham Post',
        url: 'https://pellham-post.example/tolland-ferry',
        publishedAt: '2026-11-16T08:00:00Z',
        modifiedAt,
        text,
      });
    const add = async (text: string, modifiedAt: string) => {
      const form = new FormData();
      form.append('files', new File([version(text, modifiedAt)], 'ferry.json'));
      const res = await app.request('/add', { method: 'POST', body: form });
      await jobs.idle();
      return (await get(res.headers.get('location') ?? '')).text;
    };
    const first =
      'The Tolland ferry will sail four times a day from Monday, the harbour office said on Friday.';
    await add(first, '2026-11-16T08:00:00Z');
    const text = await add(first.replace('four', 'five'), '2026-11-16T12:00:00Z');
    assert.match(text, /done: 0 new, 1 replaced by a later version of its page, 0 already stored, 0 skipped/);
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
    assert.equal(stored?.article.source, '1/passwd.txt', 'a file name only labels the article');
    assert.match((await get(res.headers.get('location') ?? '')).text, /<h1>Adding 1 file<\/h1>/);
    // the article of no named outlet is labelled by the file's own name, not by the upload's number
    const report = JSON.parse((await get(`/api/stories/${stored?.storyId}`)).text).report;
    assert.equal(articleLabels(report.articles).get(stored?.article.id ?? ''), 'passwd');

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

  test('the add page and the assets are served', async () => {
    const add = await get('/add');
    assert.equal(add.res.status, 200);
    assert.match(add.text, /<form method="post" action="\/add" enctype="multipart\/form-data">/);
    const css = await app.request('/assets/app.css');
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    const js = await app.request('/assets/app.js');
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
  });
});
