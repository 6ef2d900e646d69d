import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StorySummary } from '../../store/types.ts';
import { searchPage, storiesPage, storyItem } from './list.ts';

const hit = {
  articleId: 'a3',
  storyId: 's2',
  title: 'Glenmoor dam spillway reopens',
  snippet: 'the [spillway] reopens',
  score: 1,
};

test('search page: each hit names its outlet and day when known, with no separator left alone', () => {
  const meta = (outlet: string | null, publishedAt: string | null, storyId: string | null = 's2') =>
    /<li>[\s\S]*?<p class="meta">(.*?)<\/p>/.exec(
      searchPage([{ ...hit, outlet, publishedAt, storyId }], { q: 'spillway' }),
    )?.[1];
  const link = '<a href="/stories/s2">its story</a>';
  assert.equal(meta('Glenmoor Gazette', '2025-03-04T08:00:00Z'), `Glenmoor Gazette · 2025-03-04 · ${link}`);
  // an article of no named outlet, undated (as a scraped text often is): no " · " before the link
  assert.equal(meta(null, null), link);
  assert.equal(meta(null, '2025-03-04T08:00:00Z'), `2025-03-04 · ${link}`);
  assert.equal(meta('Glenmoor <Gazette>', null, null), 'Glenmoor &lt;Gazette&gt;');
});

// A story of the list, of one named outlet, as the store sums it up.
const summary: StorySummary = {
  id: 's1',
  title: 'Glenmoor dam spillway reopens',
  topicId: null,
  articleCount: 2,
  outlets: ['Glenmoor Gazette'],
  unnamedArticles: 0,
  firstAt: null,
  lastAt: null,
  updatedAt: '2025-03-05T00:00:00.000Z',
  newestAt: null,
  reportStale: false,
  titleWorking: false,
  reportReadable: true,
  reportVersion: null,
};

test('story list: the articles of no named outlet are counted beside the outlets, in the bar and in words', () => {
  const story: StorySummary = { ...summary, articleCount: 5, unnamedArticles: 4 };
  const item = storyItem(story, new Map([['glenmoor gazette', 'left']]));
  // five sources, not the one named outlet's alone
  assert.match(item, /aria-label="1 outlet and 4 articles of no named outlet: 1 left, 4 leaning unknown"/);
  assert.match(item, /<span class="l-unknown">4 leaning unknown<\/span>/);
  assert.match(item, /<small>Glenmoor Gazette · 4 articles of no named outlet<\/small>/);
  const unnamedOnly = storyItem({ ...story, outlets: [], unnamedArticles: 1, articleCount: 1 }, new Map());
  assert.match(unnamedOnly, /<small>1 article of no named outlet<\/small>/);
  assert.doesNotMatch(storyItem({ ...story, unnamedArticles: 0 }, new Map()), /no named outlet/);
});

test('story list: an outlet filter that matches nothing says the name is matched whole', () => {
  const empty = { stories: [], next: null };
  const page = storiesPage(empty, { outlet: 'Gullport Gazette' }, new Map());
  assert.match(
    page,
    /No story matches these filters\. The outlet is matched by its whole name as the story list shows it, in any case, not by a part of it\./,
  );
  // other filters alone: no word of outlets
  assert.doesNotMatch(storiesPage(empty, { topic: 't9' }, new Map()), /outlet is matched/);
});

test('story list: a topic is named by another of its stories, and a topic of the story alone is not shown', () => {
  const base: StorySummary = { ...summary, title: 'Drossmere flood: two dead', topicId: 't1' };
  const alone = { ...base, id: 's2', title: 'Gallery theft', topicId: 't5' };
  const next = { ...base, id: 's3', title: 'Drossmere clean-up begins' };
  const third = { ...base, id: 's4', title: 'Drossmere <rebuild> plan' };
  const topics = new Map([
    ['t1', [base, next]],
    ['t5', [alone]],
  ]);
  assert.match(
    storyItem(base, new Map(), topics),
    /<a href="\/\?topic=t1">same topic as “Drossmere clean-up begins”<\/a>/,
  );
  assert.doesNotMatch(storyItem(alone, new Map(), topics), /topic/);
  // no id shown, ever; "and more" when the topic has stories besides the one named
  assert.doesNotMatch(storyItem(base, new Map(), topics), />topic t1</);
  const more = storyItem(third, new Map(), new Map([['t1', [base, next, third]]]));
  assert.match(more, /same topic as “Drossmere flood: two dead” and more<\/a>/);
  assert.doesNotMatch(storyItem(next, new Map()), /topic/);
});

test('story list: a title its report may replace is marked a working title, and the mark said once', () => {
  const page = (stories: StorySummary[]) => storiesPage({ stories, next: null }, {}, new Map());
  const stale = { ...summary, id: 's2', reportStale: true, titleWorking: true, reportReadable: false };
  const marked = page([summary, stale]);
  assert.match(
    marked,
    /s2">Glenmoor dam spillway reopens<\/a> <small class="working">\(working title\)<\/small>/,
  );
  assert.doesNotMatch(marked, /s1">[^<]*<\/a> <small/);
  assert.equal(marked.match(/A working title is the one a story was grouped under/g)?.length, 1);
  assert.doesNotMatch(page([summary]), /working title/);
  // an older Parallax's report of its present articles is computed again, but titled the story
  assert.doesNotMatch(page([{ ...stale, titleWorking: false }]), /working title/);
});

// newuser23 #14: with no manifest giving leanings, every card showed a grey bar and "4 leaning unknown"
test('story list: no bar and no legend when no source of the story has a known leaning', () => {
  const story: StorySummary = { ...summary, articleCount: 4, unnamedArticles: 3 };
  const item = storyItem(story, new Map([['kell wire', 'right']]));
  assert.doesNotMatch(item, /svg|leaning unknown/);
  assert.match(item, /4 articles<br><small>Glenmoor Gazette · 3 articles of no named outlet<\/small>/);
  assert.match(storyItem(story, new Map([['glenmoor gazette', 'left']])), /<svg class="bar"/);
});
