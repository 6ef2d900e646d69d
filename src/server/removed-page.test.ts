import assert from 'node:assert/strict';
import { test } from 'node:test';
import { urlKey } from '../store/keys.ts';
import { goneError } from '../store/removed-pages.ts';
import { createApp } from './app.ts';
import { requestText } from './fixtures/app.ts';
import { damStoryId, fixtureStore } from './fixtures/store.ts';

test('a stored article whose page was removed: the story page and the article page say so, with the day', async (t) => {
  const store = await fixtureStore();
  t.after(() => store.close());
  const dam = await damStoryId(store);
  const story = await store.story(dam, { articles: true });
  const article = story?.articles?.find((a) => a.article.url)?.article;
  assert.ok(article?.url, 'the fixture has an article with a URL');
  const key = urlKey(article.url) as string;
  await store.savePages([
    {
      urlKey: key,
      url: article.url,
      finalUrl: null,
      source: article.outlet,
      feedUrl: null,
      fetchedAt: '2026-12-06T08:00:00.000Z',
      status: 404,
      outcome: 'stored',
      error: goneError('HTTP 404', article.id, null, new Date('2026-12-05T20:19:00Z')),
      attempts: 2,
      articleId: article.id,
      contentType: null,
      etag: null,
      lastModified: null,
      listed: null,
      raw: null,
    },
  ]);
  const { app } = createApp({ store });
  const note =
    'page removed: HTTP 404 when asked again, first seen gone on 2026-12-05; the article is kept as it was stored';
  const storyPage = (await requestText(app, `/stories/${dam}`)).text;
  assert.ok(storyPage.includes(note), 'the story page names it');
  assert.match(storyPage, /Original of [^<]* \(removed\)/);
  const articlePage = (await requestText(app, `/articles/${article.id}`)).text;
  assert.ok(articlePage.includes(`Read the original</a> (${note})`), 'the article page names it');
});
