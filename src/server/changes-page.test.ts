import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/types.ts';
import { withFixtureApp } from './fixtures/app.ts';

// The "What changed" page over the fixture store: the form alone, then after a mark a corrected
// page of a dam article, listed under its story with a link to its earlier version.
describe('web app: the What changed page', () => {
  let store: Store;
  let app: OpenAPIHono;
  let dam: string;
  withFixtureApp((fixture) => ({ store, app, dam } = fixture));
  const html = async (path: string, status = 200) => {
    const res = await app.request(path);
    assert.equal(res.status, status, path);
    return res.text();
  };

  test('the form alone, in the menu; a time with nothing since; a corrected article under its story', async () => {
    const empty = await html('/changes');
    assert.match(empty, /<a href="\/changes" aria-current="page">What changed<\/a>/);
    assert.match(empty, /<h1>What changed<\/h1>/);
    assert.match(empty, /<input type="datetime-local" name="since" required>/);
    assert.doesNotMatch(empty, /<ol class="stories">/);
    // what the view does not list is said (an article a regrouping moved is no change of it)
    assert.match(
      empty,
      /Not listed: articles a regrouping moved from one story to another without a merge or split\./,
    );
    await sleep(3);
    const mark = new Date().toISOString();
    await sleep(3);
    assert.match(await html(`/changes?since=${encodeURIComponent(mark)}`), /No story changed since then\./);
    const first = (await store.story(dam))?.articles[0]?.article;
    assert.ok(first);
    const text = `${first.text}\n\nCorrection: the repair began on <Tuesday>.`;
    await store.replaceArticles([
      {
        id: first.id,
        article: { ...first, text },
        contentHash: `page-${first.id}`,
        features: null,
        keepEarlier: true,
      },
    ]);
    const page = await html(`/changes?since=${encodeURIComponent(mark)}`);
    assert.match(page, new RegExp(`<h2><a href="/stories/${dam}">`));
    assert.match(page, /1 updated \(page read again with another title or text; earlier version kept\):/);
    // the store knows the page changed, not why; the correction note the new version added says it
    assert.match(page, /· [^<]+, a correction added<\/small>/);
    assert.match(page, new RegExp(`<a href="/articles/${first.id}#versions">`));
    assert.match(page, /To look again later: <a href="\/changes\?since=[^"]+">/);
    // a first page with more pages says so, and gives the time to look again from for after them
    const partial = await html(`/changes?since=2000-01-01&limit=1`);
    assert.match(
      partial,
      /This page is not all: older changes are on the next pages\. Once every page is read, to look again later: <a href="\/changes\?since=[^"]+">/,
    );
    assert.doesNotMatch(partial, /<p class="meta">To look again later/);
    // the form's datetime-local value (no zone) is read as UTC, as labelled
    const minute = new Date(Date.parse(mark) - 60_000).toISOString().slice(0, 16);
    assert.match(await html(`/changes?since=${minute}`), new RegExp(`<h2><a href="/stories/${dam}">`));
    const article = await html(`/articles/${first.id}`);
    assert.match(article, /<section class="revisions" id="versions">/);
    assert.match(article, /Correction: the repair began on &lt;Tuesday&gt;\./);
  });

  test('a bad since, cursor or limit is a 400 page', async () => {
    for (const path of [
      '/changes?since=nosucharticle',
      '/changes?since=7',
      '/changes?since=x-1',
      '/changes?since=2026-12-06&after=x',
      '/changes?since=2026-12-06&limit=0',
    ])
      await html(path, 400);
  });
});
