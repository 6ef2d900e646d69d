import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articlePage } from '../server/views/article.ts';
import { fetchRound, listPage, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { reextract } from './reextract.ts';
import { READ_CHANGED } from './replace-pages.ts';

// A page corrected in place, with no update time anywhere (an RSS feed, a page without
// dateModified), fetched again: its earlier text is kept, and it is dated by when the store read it.
const PARAGRAPHS = [
  'About 2,500 households in Brannock were without water on Thursday after a main burst on Mill Lane.',
  'Tarn Water said crews were working through the night to repair the 50-year-old pipe.',
];
const CORRECTED = [
  'About 3,000 households in Brannock were without water on Thursday after a main burst on Mill Lane.',
  PARAGRAPHS[1] as string,
  'Correction: an earlier version of this article said 2,500 households were without water.',
];

test('a page fetched again with a changed text keeps its earlier text and is dated by when the store read the change', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const page = {
    outlet: 'Brannock Echo',
    path: '/news/main-burst',
    headline: 'Burst main leaves Brannock homes dry',
    paragraphs: PARAGRAPHS,
    date: 'Thu, 03 Dec 2026 08:00:00 GMT',
  };
  listPage(site, page);
  assert.equal((await fetchRound(store, [`${site.origin}/rss.xml`])).stored, 1);
  listPage(site, { ...page, paragraphs: CORRECTED });
  const before = Date.now();
  const again = await fetchRound(store, [`${site.origin}/rss.xml`], { refresh: true });
  assert.equal(again.updated, 1);
  let stored: Awaited<ReturnType<typeof store.article>> = null;
  for await (const s of store.articles()) stored = s;
  assert.ok(stored);
  const { article } = stored;
  assert.match(article.text, /3,000 households/);
  assert.equal(article.metadataSources.modifiedAt, READ_CHANGED);
  assert.ok(Date.parse(article.modifiedAt ?? '') >= before - 1000);
  const kept = await store.articleRevisions(article.id);
  assert.equal(kept.length, 1);
  assert.match(kept[0]?.text ?? '', /2,500 households in Brannock/);
  // its page says when, and what changed
  const html = articlePage(stored, { marks: [], highlight: null, from: null, revisions: kept });
  assert.match(html, /updated by \d{4}-\d\d-\d\d \d\d:\d\d UTC, when read again/);
  assert.match(html, /An earlier version of this article/);
  assert.match(html, /Paragraphs removed:<\/p><ul><li>About 2,500 households/);
  assert.match(html, /Paragraphs added:<\/p><ul><li>About 3,000 households.*<li>Correction: /);
  // fetched again unchanged, or re-read from its kept bytes: no new version, the same change time
  await fetchRound(store, [`${site.origin}/rss.xml`], { refresh: true });
  const reread = await reextract(store, store, { jobs: 1 }, createContext({ now: new Date() }));
  assert.equal(reread.updated, 0);
  assert.equal((await store.article(article.id))?.article.modifiedAt, article.modifiedAt);
  assert.equal((await store.articleRevisions(article.id)).length, 1);
});
