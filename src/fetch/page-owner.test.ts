import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fetchRound,
  listPage,
  memoryStoreFor,
  followed as s,
  smallSiteFor,
} from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { rssFeed } from './fixtures/small-site.ts';
import { pageOwner } from './page-owner.ts';

const WING = [
  'A new children’s wing with 60 beds opened at the St Aldric hospital in Lindhaven on Friday, two years after the first stone was laid on the old car park.',
  'The wing cost 34 million crowns. The health minister, Clara Wendt, cut the ribbon and said children from the north would no longer travel to the capital.',
  'The hospital’s director said the first patients would move in on Monday, and that forty nurses had been hired for the wing since the summer.',
];

test('a page that another followed source’s feed links first is stored as its own outlet’s', async (t) => {
  const herald = await smallSiteFor(t);
  const radio = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const item = listPage(herald, {
    outlet: 'The Lindhaven Herald',
    path: '/news/wing',
    headline: 'Children’s wing opens in Lindhaven',
    paragraphs: WING,
    date: 'Fri, 04 Dec 2026 14:00:00 +0100',
  });
  radio.pages.set(
    '/rss.xml',
    rssFeed('Radio Tolmere', [{ ...item, title: `From our partner: ${item.title}` }]),
  );
  // the Radio first: its feed lists the Herald's page before the Herald's own feed does
  const sources = [
    s('Radio Tolmere', `${radio.origin}/rss.xml`),
    s('The Lindhaven Herald', `${herald.origin}/rss.xml`),
  ];
  await store.saveSources(sources);
  assert.equal((await fetchRound(store, sources)).stored, 1);
  assert.deepEqual(
    (await articlesOf(store)).map((a) => a.outlet),
    ['The Lindhaven Herald'],
  );
});

// `s` (fixtures' `followed`): a followed source of these URLs
test('pageOwner: a host named by one other source only; its own, shared or unknown hosts keep the listing’s', () => {
  const radio = s('Radio', 'https://radio.example/feed.json');
  const herald = s('Herald', 'https://www.herald.example/rss.xml');
  const pick = s('Pick', 'https://agg.example/a.xml');
  const pick2 = s('Pick 2', 'https://agg.example/b.xml');
  const all = [radio, herald, pick, pick2, herald];
  assert.equal(pageOwner('https://herald.example/news/a', radio, all).name, 'Herald');
  assert.equal(pageOwner('https://radio.example/news/a', radio, all).name, 'Radio');
  assert.equal(pageOwner('https://agg.example/x', radio, all).name, 'Radio', 'a host of two sources');
  assert.equal(pageOwner('https://elsewhere.example/x', radio, all).name, 'Radio');
  assert.equal(pageOwner('not a url', radio, all).name, 'Radio');
});

test('pageOwner: an outlet whose main feed is on a feeds host keeps its pages beside a section feed on its site', () => {
  const herald = s('Herald', 'https://feeds.herald.example/rss');
  const sport = s('Herald Sport', 'https://herald.example/sport/rss');
  const post = s('Post', 'https://rss.post.co.uk/news.xml');
  const other = s('Other', 'https://other.co.uk/feed');
  const all = [herald, sport, post, other];
  assert.equal(pageOwner('https://herald.example/news/fire', herald, all).name, 'Herald', 'its own site');
  assert.equal(pageOwner('https://www.herald.example/sport/cup', sport, all).name, 'Herald Sport');
  assert.equal(pageOwner('https://www.post.co.uk/news/a', post, all).name, 'Post', 'a site under co.uk');
  assert.equal(pageOwner('https://other.co.uk/a', post, all).name, 'Other', 'another site under co.uk');
  assert.equal(
    pageOwner('https://news.herald.example/a', post, all).name,
    'Post',
    'a site two sources share',
  );
});

// review29-B: 'substack.com' was the site of every blog under it, so a page of one blog another
// source's feed linked was given to the one followed blog there
test('pageOwner: blogs of one publishing platform are sites of their own', () => {
  const herald = s('Herald', 'https://herald.substack.com/feed');
  const radio = s('Radio', 'https://radio.substack.com/feed');
  const pick = s('Pick', 'https://agg.example/a.xml');
  const all = [herald, radio, pick];
  assert.equal(
    pageOwner('https://tern.substack.com/p/quay', pick, all).name,
    'Pick',
    'a blog no source follows',
  );
  assert.equal(pageOwner('https://herald.substack.com/p/quay', pick, all).name, 'Herald');
  assert.equal(
    pageOwner('https://herald.substack.com/p/quay', radio, all).name,
    'Herald',
    'a partner on the platform',
  );
  assert.equal(pageOwner('https://radio.substack.com/p/tide', radio, all).name, 'Radio');
  // the one followed blog there is not the owner of another blog's page
  assert.equal(pageOwner('https://tern.substack.com/p/quay', pick, [herald, pick]).name, 'Pick');
});
