import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchLine } from '../cli/fetch-output.ts';
import { urlKey } from '../store/keys.ts';
import { fetchRound, followed, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { newsPage, rssFeed } from './fixtures/small-site.ts';

const FOUND = [
  'The hiker who went missing in the Korrel hills on Wednesday was found alive in a shepherd hut on Friday morning.',
  'The rescue leader, Mira Osk, said the woman was cold but unhurt, and was taken to the hospital in Vennick as a precaution.',
  'Forty volunteers and a helicopter had searched the hills for two days in wind and rain.',
];

test('a page the feed lists at a new address: already stored, and the run says it moved', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const page = newsPage('Vennick Courier', 'Missing hiker found alive in Korrel hills', FOUND);
  const item = (path: string) => ({
    title: 'Missing hiker found alive in Korrel hills',
    link: `${site.origin}${path}`,
    date: 'Fri, 04 Dec 2026 09:00:00 +0100',
  });
  site.pages.set('/news/hiker-found', page);
  site.pages.set('/rss.xml', rssFeed('Vennick Courier', [item('/news/hiker-found')]));
  const source = followed('Vennick Courier', `${site.origin}/rss.xml`);
  await store.saveSources([source]);
  const run = () => fetchRound(store, [source]);
  assert.equal((await run()).stored, 1);
  // the site moves the page; its feed lists the new address
  site.pages.delete('/news/hiker-found');
  site.pages.set('/news/2026/12/hiker-found', page);
  site.pages.set('/rss.xml', rssFeed('Vennick Courier', [item('/news/2026/12/hiker-found')]));
  const moved = await run();
  assert.deepEqual([moved.stored, moved.duplicates, moved.moved, moved.errors.length], [0, 1, 1, 0]);
  const now = `${site.origin}/news/2026/12/hiker-found`;
  assert.deepEqual(moved.notes, [
    {
      url: now,
      note: `the same text as article a1, stored from ${site.origin}/news/hiker-found: the page moved here (or the site gives it at both addresses); this address is recorded and not fetched again`,
    },
  ]);
  assert.match(fetchLine(moved, 'x.db'), /1 already stored \(1 from a new address of its page\)/);
  assert.equal((await articlesOf(store)).length, 1);
  const record = (await store.knownPages([urlKey(now) as string])).get(urlKey(now) as string);
  assert.deepEqual([record?.outcome, record?.articleId], ['duplicate', 'a1'], 'the new address is known');
});
