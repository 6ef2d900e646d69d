import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/types.ts';
import { leaningsOf } from './coverage-bar.ts';
import { summaryJson } from './data.ts';
import { withFixtureApp } from './fixtures/app.ts';
import { FIXTURE_OUTLETS } from './fixtures/store.ts';
import type { JobQueue } from './jobs.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from './patterns.ts';

// Every route of the web app, in memory (app.request), over the fixture store: the JSON API and its
// OpenAPI document.
describe('web app routes', () => {
  let store: Store;
  let app: OpenAPIHono;
  let jobs: JobQueue;
  let dam: string; // the dam story's id
  withFixtureApp((fixture) => ({ store, app, jobs, dam } = fixture));

  test('a path asked for with a method it does not take: 405 naming the ones it takes (JSON under /api/), else 404', async () => {
    for (const [method, path, allow] of [
      ['PUT', '/api/stories', 'GET, HEAD'],
      ['DELETE', `/api/stories/${dam}`, 'GET, HEAD'],
      ['GET', '/api/articles', 'POST'],
      ['POST', `/stories/${dam}`, 'GET, HEAD'],
      ['DELETE', '/add', 'GET, HEAD, POST'],
    ] as const) {
      const res = await app.request(path, { method });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), allow, `${method} ${path}`);
      const text = await res.text();
      if (path.startsWith('/api/'))
        assert.deepEqual(JSON.parse(text), {
          error: `${method} is not answered here, only ${allow}.`,
          status: 405,
        });
      else assert.match(text, /<h1>Method not allowed<\/h1>/);
    }
    const unknown = await app.request('/api/nope', { method: 'PUT' });
    assert.equal(unknown.status, 404);
    assert.deepEqual(await unknown.json(), {
      error: 'There is no such API route: they are listed in /api/openapi.json.',
      status: 404,
    });
    assert.equal((await app.request('/', { method: 'HEAD' })).status, 200);
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
    assert.equal(stories.stories[0].unnamedArticles, 0);
    // a story with articles of no named outlet: each counted as a source of unknown leaning
    const listed = (await store.stories({ outlet: 'Glenmoor Ledger' }))[0];
    assert.ok(listed);
    assert.deepEqual(summaryJson({ ...listed, unnamedArticles: 3 }, leaningsOf(FIXTURE_OUTLETS)).coverage, {
      left: 2,
      centre: 1,
      right: 0,
      unknown: 4,
    });
    const story = await json(`/api/stories/${dam}`);
    assert.equal(story.report.stories[0].articleIds.length, 4);
    assert.equal((await json('/api/articles/a1')).article.outlet, 'Glenmoor Ledger');
    assert.ok((await json('/api/search?q=Fairweather&limit=2')).hits.length === 2);
    assert.equal((await json('/api/stats')).backend, 'sqlite');
    // each bad parameter is named once, with what it takes
    for (const [path, error] of [
      ['/api/stories?limit=0', '"limit" takes a whole number from 1 to 200'],
      ['/api/stories?limit=abc', '"limit" takes a whole number from 1 to 200'],
      ['/api/search?q=dam&limit=2.5', '"limit" takes a whole number from 1 to 200'],
      ['/api/stories?since=soon', '"since" takes a date such as 2025-03-01'],
      ['/api/stories?after=nope', '"after" takes the `next` of a previous page'],
      ['/api/search', '"q" takes the words to search for (at most 500 characters)'],
      ['/api/search?q=%20', '"q" takes the words to search for (at most 500 characters)'],
      ['/api/jobs/not-a-uuid', 'id: a job id is the UUID its addition answered'],
    ] as const)
      assert.deepEqual(await json(path, 400), { error, status: 400 }, path);
    assert.equal((await json('/api/stories/nope', 404)).error, 'no story nope');
    await json('/api/stories/a%20b', 400);
    await json('/api/articles/a999', 404);
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

  test('API: a refused body says what it takes (was zod\'s "Invalid input: expected array, received undefined")', async () => {
    const error = async (path: string, body: string, type = 'application/json') => {
      const res = await app.request(path, { method: 'POST', body, headers: { 'content-type': type } });
      return [res.status, ((await res.json()) as { error: string }).error] as const;
    };
    const articles = `"articles" takes a list of 1 to ${MAX_UPLOAD_FILES} articles, each {"text": "…"} with an optional title, outlet, url and publishedAt`;
    assert.deepEqual(await error('/api/articles', '{}'), [400, articles]);
    assert.deepEqual(await error('/api/articles', '{"articles":"x"}'), [400, articles]);
    assert.deepEqual(await error('/api/articles', '{"articles":[{}]}'), [
      400,
      "articles.0.text: takes the article's text",
    ]);
    assert.deepEqual(await error('/api/articles', '{"articles":[{"text":"x","url":"ftp://a.example/"}]}'), [
      400,
      'articles.0.url: takes an http(s) URL',
    ]);
    assert.deepEqual(await error('/api/articles', 'some text', 'text/plain'), [
      415,
      'The body must be JSON, sent with Content-Type: application/json.',
    ]);
    assert.deepEqual(await error('/api/fetches', '{}'), [
      400,
      `"urls" takes a list of 1 to ${MAX_UPLOAD_FILES} http(s) URLs`,
    ]);
    assert.deepEqual(await error('/api/fetches', '{"urls":["ftp://a.example/"]}'), [
      400,
      'urls.0: takes an http(s) URL',
    ]);
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
      '/api/changes',
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
      'Revision',
      'Changes',
    ])
      assert.ok(doc.components.schemas[name], name);
    const summary = doc.components.schemas.StorySummary as { properties: Record<string, unknown> };
    assert.ok(summary.properties.unnamedArticles, 'StorySummary.unnamedArticles');
  });
});
