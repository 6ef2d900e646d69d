import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failedPage } from '../fetch/fixtures/failed-page.ts';
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

test('the sources page lists the pages given up on, latest first, and how to ask one again', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const { app } = createApp({ store });
  const page = (path: string, attempts: number, fetchedAt: string) =>
    failedPage({
      source: 'Cadwell Daily',
      feed: 'https://cadwell-daily.example/feed.xml',
      path,
      attempts,
      fetchedAt,
    });
  await store.saveSources([
    {
      name: 'Cadwell Daily',
      urls: ['https://cadwell-daily.example/feed.xml'],
      leaning: null,
      owner: null,
      everyMs: null,
    },
  ]);
  await store.savePages([
    page('/fire-witnesses', 3, '2026-12-06T02:10:00.000Z'),
    // given up by a run allowed five attempts (the library's maxAttempts): each page's own count is told
    page('/ferry-fares', 5, '2026-12-06T02:20:00.000Z'),
    // two attempts: the next run asks it again, not given up
    page('/quay-works', 2, '2026-12-06T02:30:00.000Z'),
  ]);
  const { text } = await requestText(app, '/sources');
  assert.match(text, /<h2>Pages given up on<\/h2>/);
  assert.match(text, /Cadwell Daily: 2 pages given up \(latest first\)<ul>/);
  // the section, not the table (whose last error may be a page still to be asked again)
  const section = text.slice(text.indexOf('<h2>Pages given up on'), text.indexOf('No run asks these'));
  const at = (path: string) => section.indexOf(`https://cadwell-daily.example${path}`);
  assert.ok(at('/ferry-fares') > 0 && at('/ferry-fares') < at('/fire-witnesses'), 'latest first');
  assert.equal(at('/quay-works'), -1);
  assert.match(section, /ferry-fares<\/code>: timed out after 30s \(5 attempts\), 2026-12-06 02:20 UTC/);
  assert.match(section, /fire-witnesses<\/code>: timed out after 30s \(3 attempts\), 2026-12-06 02:10 UTC/);
  assert.match(text, /<code>parallax fetch URL --db STORE<\/code>/);
});

test('the sources page lists the pages a sitemap listed and a fetch left out as no article', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const { app } = createApp({ store });
  const sitemap = 'https://tallis-ledger.example/sitemap.xml';
  await store.saveSources([
    { name: 'Tallis Ledger', urls: [sitemap], leaning: null, owner: null, everyMs: null },
  ]);
  const about = failedPage({
    source: 'Tallis Ledger',
    feed: sitemap,
    path: '/about',
    attempts: 1,
    fetchedAt: '2026-12-06T02:10:00.000Z',
  });
  const why = 'not an article: no article markup (og:type, JSON-LD, <article>), no date or byline of its own';
  await store.savePages([{ ...about, status: 200, outcome: 'no-article', error: why }]);
  const { text } = await requestText(app, '/sources');
  assert.match(text, /<h2>Pages left out: not an article<\/h2>/);
  assert.match(
    text,
    /Tallis Ledger: 1 page left out<ul><li><code>https:\/\/tallis-ledger\.example\/about<\/code>: not an article: no article markup \(og:type, JSON-LD, &lt;article&gt;\)/,
  );
  assert.doesNotMatch(text, /Pages given up on/);
});
