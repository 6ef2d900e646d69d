import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../store/types.ts';
import { fetchRound, followed, listPage, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { newsPage, rssFeed } from './fixtures/small-site.ts';
import { recheckDue } from './recheck.ts';

const HOUR = 3_600_000;
const VOTE = [
  'Tolmere’s town council voted 7 to 4 on Wednesday to charge a toll on the Old Weir Bridge from March, after a debate that ran past midnight.',
  'Drivers will pay 2 crowns for each crossing. Residents of Tolmere will get a yearly pass for 40 crowns, the council said after the vote.',
  'Councillor Ruth Amsel, who voted against, called the toll a tax on people who work across the river and said she would ask for a second vote.',
];

/** One round of the invented herald's feed (its /rss.xml) into the store, at `now`. */
const watchRound = (store: Store, origin: string, now: Date) =>
  fetchRound(store, [followed('The Lindhaven Herald', `${origin}/rss.xml`)], { now });

test('recheckDue: once per step after publication, for a stored article’s page', () => {
  const published = '2026-12-02T12:00:00Z';
  const at = (h: number) => Date.parse(published) + h * HOUR;
  const fetched = (h: number) => ({ outcome: 'stored' as const, fetchedAt: new Date(at(h)).toISOString() });
  const cases: [string, boolean][] = [
    ['fetched at 0.5 h, now 0.9 h: no step passed', recheckDue(published, fetched(0.5), at(0.9))],
    ['fetched at 0.5 h, now 1.5 h: the 1 h step', recheckDue(published, fetched(0.5), at(1.5))],
    ['fetched at 1.5 h, now 5 h: asked after the 1 h step', recheckDue(published, fetched(1.5), at(5))],
    ['fetched at 1.5 h, now 7 h: the 6 h step', recheckDue(published, fetched(1.5), at(7))],
    ['fetched at 30 h, now 80 h: the 72 h step', recheckDue(published, fetched(30), at(80))],
    ['fetched at 80 h, now 500 h: no step after the last', recheckDue(published, fetched(80), at(500))],
    ['no date', recheckDue(undefined, fetched(0.5), at(7))],
    ['a date ahead of now', recheckDue('2026-12-09T00:00:00Z', fetched(0.5), at(7))],
    ['a page with no article', recheckDue(published, { ...fetched(0.5), outcome: 'no-article' }, at(7))],
  ];
  assert.deepEqual(
    cases.filter(([, due]) => due).map(([name]) => name),
    [
      'fetched at 0.5 h, now 1.5 h: the 1 h step',
      'fetched at 1.5 h, now 7 h: the 6 h step',
      'fetched at 30 h, now 80 h: the 72 h step',
    ],
  );
});

test('a correction to a page whose RSS item says nothing of it is read at the next step, without --refresh', async (t) => {
  const herald = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const path = '/news/tolmere-toll-vote';
  // published two hours ago: the 1 h step has passed, the 6 h step comes four hours from now
  const published = new Date(Date.now() - 2 * HOUR);
  const item = listPage(herald, {
    outlet: 'The Lindhaven Herald',
    path,
    headline: 'Tolmere council approves bridge toll',
    paragraphs: VOTE,
    date: published.toUTCString(),
  });
  const run = (s: Store, now: Date) => watchRound(s, herald.origin, now);
  assert.equal((await run(store, new Date())).stored, 1);
  const corrected = VOTE.map((p) => p.replace('7 to 4', '6 to 5'));
  corrected.push(
    'Correction: An earlier version of this article said the council voted 7 to 4. The vote was 6 to 5.',
  );
  herald.pages.set(path, newsPage('The Lindhaven Herald', 'Tolmere council approves bridge toll', corrected));
  const asked = () => herald.asked.filter((a) => a.path === path).length;
  // right away: no step has passed since the fetch, the page is not asked
  await run(store, new Date());
  assert.equal(asked(), 1);
  // five hours on, the feed lists a new item (a feed that answers 304 lists nothing) and the 6 h
  // step has passed: the page is asked again, and its article replaced in place
  const next = {
    title: 'Frost warning for the north',
    link: `${herald.origin}/news/frost`,
    date: new Date().toUTCString(),
  };
  herald.pages.set('/rss.xml', rssFeed('The Lindhaven Herald', [next, item]));
  const later = await run(store, new Date(Date.now() + 5 * HOUR));
  assert.equal(asked(), 2);
  assert.equal(later.updated, 1);
  const [article] = await articlesOf(store);
  assert.match(article?.text ?? '', /voted 6 to 5/);
});

test('a page listed with no date is rechecked from the date its own page gave (midreview29 finding 6)', async (t) => {
  const herald = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const path = '/news/tolmere-toll';
  const page = (paragraphs: readonly string[]) =>
    newsPage('The Lindhaven Herald', 'Tolmere council approves bridge toll', paragraphs).replace(
      '</head>',
      `<meta property="article:published_time" content="${new Date(Date.now() - 2 * HOUR).toISOString()}"></head>`,
    );
  herald.pages.set(path, page(VOTE));
  // an RSS item with no pubDate: only the page says when it was published
  const item = { title: 'Tolmere council approves bridge toll', link: `${herald.origin}${path}`, date: '' };
  herald.pages.set('/rss.xml', rssFeed('The Lindhaven Herald', [item]));
  const run = (now: Date) => watchRound(store, herald.origin, now);
  assert.equal((await run(new Date())).stored, 1);
  herald.pages.set(path, page(VOTE.map((p) => p.replace('7 to 4', '6 to 5'))));
  const next = { title: 'Frost warning for the north', link: `${herald.origin}/news/frost`, date: '' };
  herald.pages.set('/rss.xml', rssFeed('The Lindhaven Herald', [next, item]));
  // five hours on, the 6 h step after the page's own date has passed: asked again, the article replaced
  const later = await run(new Date(Date.now() + 5 * HOUR));
  assert.equal(herald.asked.filter((a) => a.path === path).length, 2);
  assert.equal(later.updated, 1);
  const [article] = await articlesOf(store);
  assert.match(article?.text ?? '', /voted 6 to 5/);
});
