import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { headingSkips } from '../report/fixtures/headings.ts';
import { STORY_PARTS } from '../report/index.ts';
import type { Store } from '../store/types.ts';
import { requestText, withFixtureApp } from './fixtures/app.ts';

// Every page's outline goes down one heading level at a time under its one h1 (axe's heading-order):
// the story page's parts were h3 right under the headline's h1, a part page's subparts h4 under its h1.
describe('web app pages: heading order', () => {
  let store: Store;
  let app: OpenAPIHono;
  let dam: string;
  withFixtureApp((fixture) => ({ store, app, dam } = fixture));

  test('no page skips a heading level, and each has one h1', async () => {
    const paths = [
      '/',
      '/?q=Glenmoor',
      '/?q=nothingmatches',
      '/add',
      '/nope',
      '/stories/s999',
      '/articles/a1?hl=x',
    ];
    for (const s of await store.stories()) paths.push(`/stories/${s.id}`);
    for (const part of STORY_PARTS) paths.push(`/stories/${dam}/${part}`);
    for await (const a of store.articles())
      paths.push(`/articles/${a.article.id}`, `/articles/${a.article.id}?hl=0-10&from=${dam}`);
    for (const path of paths) {
      const { text } = await requestText(app, path);
      assert.deepEqual(headingSkips(text), [], path);
      assert.equal(text.match(/<h1\b/g)?.length, 1, `${path}: one h1`);
    }
    // the subparts of a part's page sit right under its title
    assert.match((await requestText(app, `/stories/${dam}/quotes`)).text, /<h1>Quotes<\/h1>[\s\S]*<h2>/);
  });
});
