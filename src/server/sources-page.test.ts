import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../store/index.ts';
import { createApp } from './app.ts';
import { requestText } from './fixtures/app.ts';

// A reader of the web app who follows feeds sees their health there, not only in `parallax sources`:
// /sources was a 404 (newuser10's finding 6).
test('the sources page gives each followed source’s health, and what to do when none is followed', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const { app } = createApp({ store });
  const empty = await requestText(app, '/sources');
  assert.equal(empty.res.status, 200);
  assert.match(empty.text, /No followed sources yet\. <code>parallax watch --sources FILE<\/code>/);
  assert.match(empty.text, /<a href="\/sources" aria-current="page">Sources<\/a>/, 'in the site menu');

  const feed = 'https://cadwell-daily.example/feed.xml';
  await store.saveSources([
    { name: 'Cadwell <Daily>', urls: [feed], leaning: null, owner: null, everyMs: null },
  ]);
  await store.saveFeedStates([
    {
      url: feed,
      source: 'Cadwell <Daily>',
      etag: null,
      lastModified: null,
      checkedAt: '2026-12-06T01:58:00.000Z',
      okAt: '2026-12-06T01:40:00.000Z',
      status: 503,
      error: 'HTTP 503',
      attempts: 4,
      failures: 1,
      entries: 0,
    },
  ]);
  const { text } = await requestText(app, '/sources');
  assert.match(
    text,
    /<th scope="row">Cadwell &lt;Daily&gt;<\/th><td>2026-12-06 01:40 UTC<\/td><td>25%<\/td>/,
  );
  assert.ok(text.includes(`${feed}: HTTP 503`), 'its last error, named by its URL');
  const other = await requestText(app, '/');
  assert.match(other.text, /<a href="\/sources">Sources<\/a>/);
});
