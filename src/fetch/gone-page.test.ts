import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderStoryPage } from '../report/story-page.ts';
import { storyReport } from '../store/ingest/index.ts';
import { urlKey } from '../store/keys.ts';
import { goneError, goneSince, withRemovals } from '../store/removed-pages.ts';
import { fetchRound, followed, listPage, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { storeHealth } from './health.ts';

const SEARCH = [
  'Mountain rescue teams searched the Grauberg hills above Tolmere on Thursday for a hiker who did not come home on Wednesday evening.',
  'Her car was found at the Grauberg car park in the morning. The rescue leader, Viktor Hale, said forty volunteers and a helicopter were taking part.',
  'The night was expected to be cold, and the teams planned to go on searching until dark, then start again at first light on Friday.',
];

test('a stored article whose page is later removed: named by sources, the article kept; back, no longer', async (t) => {
  const daily = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const page = listPage(daily, {
    outlet: 'Carrowen Daily',
    path: '/2026/12/03/hiker-search',
    headline: 'Search for hiker above Tolmere',
    paragraphs: SEARCH,
    date: 'Thu, 03 Dec 2026 20:30:00 +0100',
  }).link;
  const source = followed('Carrowen Daily', `${daily.origin}/rss.xml`);
  await store.saveSources([source]);
  const run = () => fetchRound(store, [source], { refresh: true });
  assert.equal((await run()).stored, 1);
  const saved = daily.pages.get('/2026/12/03/hiker-search') as string;
  daily.pages.delete('/2026/12/03/hiker-search');
  const removed = await run();
  assert.equal(removed.failed, 1);
  const today = new Date().toISOString().slice(0, 10);
  const said = `HTTP 404: removed, first seen gone on ${today}; its article a1 is kept`;
  assert.equal(removed.errors[0]?.error, said);
  const [health] = await storeHealth(store, new Date());
  assert.equal(health?.lastError, `${page}: ${said}`);
  // the story's reports name it removed, with the day it was first seen gone
  const [story] = await store.stories();
  const report = await storyReport(store, story?.id as string, {}, createContext({ now: new Date() }));
  const shown = await withRemovals(store, report as NonNullable<typeof report>);
  const note = `page removed: HTTP 404 when asked again, first seen gone on ${today}; the article is kept as it was stored`;
  assert.deepEqual(
    shown.issues.filter((i) => i.code === 'fetch/page-removed').map((i) => [i.articleId, i.message]),
    [['a1', note]],
  );
  assert.ok(renderMarkdown(shown).includes(note));
  const html = renderStoryPage(shown.stories[0] as (typeof shown.stories)[0], shown);
  assert.match(html, /Original of Carrowen Daily \(removed\)/);
  assert.ok(html.includes(note));
  assert.equal((await articlesOf(store)).length, 1, 'the article is kept');
  const record = (await store.knownPages([urlKey(page) as string])).get(urlKey(page) as string);
  assert.deepEqual([record?.outcome, record?.status, record?.articleId], ['stored', 404, 'a1']);
  // the page is back as it was (304): the removal is no longer shown
  daily.pages.set('/2026/12/03/hiker-search', saved);
  await run();
  const [after] = await storeHealth(store, new Date());
  assert.equal(after?.lastError, null);
  assert.deepEqual((await withRemovals(store, shown)).issues, report?.issues, 'no longer named removed');
});

test('a page still gone keeps the day it was first seen gone', () => {
  const first = goneError('HTTP 404', 'a2', null, new Date('2026-12-04T20:19:00Z'));
  assert.equal(first, 'HTTP 404: removed, first seen gone on 2026-12-04; its article a2 is kept');
  type Record = Parameters<typeof goneSince>[0];
  const record = { outcome: 'stored', status: 404, error: first, fetchedAt: '2026-12-05T08:00:00Z' };
  const since = goneSince(record as unknown as Record);
  assert.equal(since, '2026-12-04');
  assert.equal(
    goneError('HTTP 410', 'a2', since, new Date('2026-12-07T08:00:00Z')),
    first.replace('404', '410'),
  );
  // a record that answers again names no removal
  assert.equal(goneSince({ ...record, status: 200 } as unknown as Record), null);
});
