import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newFailures } from '../cli/fetch-output.ts';
import { fetchRound, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { newsPage, rssFeed } from './fixtures/small-site.ts';

// newuser17 #13: every cron run ended 3 for a feed's mailto item and a page robots.txt disallows,
// which never change: a run could not tell "a site is down" from "as yesterday".
test('a link-less item and a robots-disallowed page told on an earlier run are known, no new failure', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  site.pages.set('/robots.txt', 'User-agent: *\nDisallow: /members/\n');
  const paragraphs = [
    'The Quillon lifeboat was called out twice on Sunday to yachts in trouble off Hask Point.',
    'Both crews were brought ashore safely, the Quillon station said on Monday morning.',
    'The station thanked the harbour master of Hask for his help with the second call-out.',
  ];
  site.pages.set('/news/lifeboat', newsPage('Hask Mercury', 'Lifeboat called out twice', paragraphs));
  site.pages.set('/members/letters', newsPage('Hask Mercury', 'Members letters', paragraphs));
  const items = [
    { title: 'Lifeboat called out twice', link: `${site.origin}/news/lifeboat`, date: '' },
    { title: 'Members letters', link: `${site.origin}/members/letters`, date: '' },
    { title: 'Write to the desk', link: 'mailto:desk@hask-mercury.example', date: '' },
  ];
  site.pages.set('/rss.xml', rssFeed('Hask Mercury', items));
  const feed = `${site.origin}/rss.xml`;
  const first = await fetchRound(store, [feed]);
  assert.deepEqual([first.stored, first.disallowed, first.unlinked], [1, 1, 1]);
  assert.equal(first.errors.filter((e) => e.known).length, 0);
  assert.equal(newFailures(first), true);
  // read again in full, every page asked again: the same two problems, known now
  const again = await fetchRound(store, [feed], { refresh: true });
  assert.deepEqual([again.disallowed, again.unlinked], [1, 1]);
  assert.deepEqual(
    again.errors.map((e) => [e.url.replace(site.origin, ''), e.known]),
    [
      ['/rss.xml', true],
      ['/members/letters', true],
    ],
  );
  assert.equal(newFailures(again), false);
  // a new link-less item is new
  site.pages.set(
    '/rss.xml',
    rssFeed('Hask Mercury', [...items, { title: 'Crossword', link: 'ftp://x.example/c', date: '' }]),
  );
  const later = await fetchRound(store, [feed], { refresh: true });
  assert.deepEqual(
    later.errors.filter((e) => !e.known).map((e) => e.error),
    ['the item "Crossword" links no http(s) URL (ftp://x.example/c), left out'],
  );
  assert.equal(newFailures(later), true);
});
