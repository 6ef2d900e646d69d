import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';
import { reportWeight } from './data.ts';
import { damStoryId, FIXTURE_OUTLETS, fixtureStore } from './fixtures/store.ts';
import type { JobQueue } from './jobs.ts';

// The pages of one part of a story (`/stories/:id/:part`), where a big story's page links for the rest.
describe("a story part's own pages", () => {
  let store: Store;
  let app: OpenAPIHono;
  let jobs: JobQueue;
  let dam: string;
  before(async () => {
    store = await fixtureStore();
    ({ app, jobs } = createApp({ store, outlets: FIXTURE_OUTLETS }));
    dam = await damStoryId(store);
  });
  after(async () => {
    await jobs.idle();
    await store.close();
  });
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, text: await res.text(), csp: res.headers.get('content-security-policy') };
  };

  test('a page past the end says so and links back to the last page that has items, not one more empty page', async () => {
    const quotes = await get(`/stories/${dam}/quotes?from=99999`);
    assert.match(quotes.text, /Items: none from 100000 on \(12 in all\)/);
    assert.match(
      quotes.text,
      new RegExp(`<a rel="prev" href="/stories/${dam}/quotes\\?from=0">← Previous items</a>`),
    );
    const matrix = await get(`/stories/${dam}/coverage?outlets=99999`);
    assert.match(
      matrix.text,
      new RegExp(`<a rel="prev" href="/stories/${dam}/coverage\\?outlets=0">← Previous outlets</a>`),
    );
  });

  test('each part lists its items with a way back to the story, under the CSP', async () => {
    for (const part of ['outlets', 'coverage', 'quotes', 'entities', 'timeline']) {
      const { status, text, csp } = await get(`/stories/${dam}/${part}`);
      assert.equal(status, 200, part);
      assert.match(csp ?? '', /script-src 'self'/);
      assert.ok(text.includes(`<a class="back" href="/stories/${dam}">`), part);
      assert.match(text, /<div class="px-story px-part-page">/);
    }
    const { text } = await get(`/stories/${dam}/outlets`);
    assert.equal(text.match(/class="px-card"/g)?.length, 4);
    assert.match(text, /Items 1–4 of 4/);
    const coverage = await get(`/stories/${dam}/coverage`);
    assert.match(coverage.text, /Facts 1–\d+ of \d+ · outlets 1–4 of 4/);
    assert.match(coverage.text, /<table class="px-matrix">/);
  });

  test('a window past the start has a link back; an unknown part or story is 404, a bad start 400', async () => {
    const { status, text } = await get(`/stories/${dam}/outlets?from=2`);
    assert.equal(status, 200);
    assert.equal(text.match(/class="px-card"/g)?.length, 2);
    assert.match(text, /<a rel="prev" href="\/stories\/[^"]+\/outlets\?from=0">/);
    const past = await get(`/stories/${dam}/outlets?from=10`);
    assert.equal(past.status, 200);
    assert.match(past.text, /Items: none from 11 on \(4 in all\)/);
    assert.match(past.text, /<a rel="prev" href="\/stories\/[^"]+\/outlets\?from=0">/);
    // the pagers above and below the list are landmarks with names of their own (axe: landmark-unique)
    for (const page of [text, (await get(`/stories/${dam}/coverage?from=1&outlets=1`)).text]) {
      const names = [...page.matchAll(/<nav class="pager" aria-label="([^"]+)"/g)].map((m) => m[1]);
      assert.ok(names.length >= 2);
      assert.equal(new Set(names).size, names.length, names.join(' | '));
    }
    assert.equal((await get(`/stories/${dam}/nope`)).status, 404);
    assert.equal((await get('/stories/nope/quotes')).status, 404);
    assert.equal((await get(`/stories/${dam}/quotes?from=-1`)).status, 400);
    assert.equal((await get(`/stories/${dam}/coverage?outlets=x`)).status, 400);
  });

  test("the report cache's weight of a report is about its JSON size", async () => {
    await get(`/stories/${dam}`); // computes and stores the report
    const report = (await store.story(dam, { articles: false }))?.report ?? assert.fail('a stored report');
    const ratio = reportWeight(report) / JSON.stringify(report).length;
    assert.ok(ratio > 0.5 && ratio < 2, `weight / JSON length = ${ratio.toFixed(2)}`);
  });

  test('a story page cut to small limits links each cut part to its own page, which lists it all', async () => {
    const limits = { outlets: 2, coverage: 1, coverageOutlets: 2, entities: 1 };
    const small = createApp({ store, outlets: FIXTURE_OUTLETS, storyLimits: limits }).app;
    const html = await (await small.request(`/stories/${dam}`)).text();
    assert.equal(html.match(/class="px-card"/g)?.length, 2);
    assert.ok(html.includes(`<a href="/stories/${dam}/outlets">All 4 outlets →</a>`));
    assert.match(
      html,
      new RegExp(
        `<a href="/stories/${dam}/coverage">The whole matrix: \\d+ shared facts? × 4 articles →</a>`,
      ),
    );
    assert.match(html, new RegExp(`<a href="/stories/${dam}/entities">All \\d+ names →</a>`));
    const all = await (await small.request(`/stories/${dam}/outlets`)).text();
    assert.equal(all.match(/class="px-card"/g)?.length, 4);
  });
});
