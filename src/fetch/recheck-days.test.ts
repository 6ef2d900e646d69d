import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchRound, listPage, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { newsPage } from './fixtures/small-site.ts';
import { recentlyPublished } from './recheck.ts';

const HOUR = 3_600_000;

test('recentlyPublished: a stored page of the last N days, with the option only', () => {
  const now = Date.parse('2026-12-07T02:00:00Z');
  const cases: [string | undefined, number | undefined, boolean][] = [
    ['2026-12-05T20:00:00Z', 2, true],
    ['2026-12-04T20:00:00Z', 2, false],
    ['2026-12-05T20:00:00Z', undefined, false],
    [undefined, 2, false],
    ['2026-12-08T20:00:00Z', 2, false],
  ];
  for (const [at, days, expected] of cases)
    assert.equal(recentlyPublished(at, { outcome: 'stored' }, now, days), expected, `${at} ${days}`);
  assert.equal(recentlyPublished('2026-12-06T20:00:00Z', { outcome: 'failed' }, now, 2), false);
});

// newuser17 #9: an RSS page corrected a day after it was published was not read by the running watch
// (its rechecks come 1 h, 6 h, 1 d and 3 d after publication, and RSS gives no update time).
test('with recheckDays every poll asks the pages of the last days again: a correction is read at once', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const paragraphs = [
    'The Orrin swing bridge was closed to traffic on Saturday after a cable snapped during a test lift.',
    'Engineers from Orrin county said the bridge would stay shut for at least a week while it is checked.',
    'Drivers were told to use the Harl Road crossing, which adds about 20 minutes to the journey.',
  ];
  const page = {
    outlet: 'Orrin Courier',
    path: '/news/bridge-shut',
    headline: 'Orrin swing bridge shut after cable snaps',
    paragraphs,
    date: new Date(Date.now() - 30 * HOUR).toUTCString(),
  };
  listPage(site, page);
  const feed = `${site.origin}/rss.xml`;
  assert.equal((await fetchRound(store, [feed])).stored, 1);
  // corrected: "at least a week" becomes "at least a fortnight"
  const corrected = [
    paragraphs[0] as string,
    (paragraphs[1] as string).replace('a week', 'a fortnight'),
    paragraphs[2] as string,
  ];
  site.pages.set(page.path, newsPage(page.outlet, page.headline, corrected));
  const plain = await fetchRound(store, [feed]);
  assert.deepEqual([plain.updated, plain.pagesUnchanged], [0, 0], 'no recheck step is due');
  const rechecked = await fetchRound(store, [feed], { recheckDays: 2 });
  assert.equal(rechecked.updated, 1);
  const texts: string[] = [];
  for await (const stored of store.articles()) texts.push(stored.article.text);
  assert.match(texts.join('\n'), /at least a fortnight/);
  // a page older than the days given is left alone
  const older = await fetchRound(store, [feed], { recheckDays: 1 });
  assert.deepEqual([older.updated, older.pagesUnchanged], [0, 0]);
});
