import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEPOT_FIRE, GROUND_SALE, OLLER_FLOOD, TOWN_POLLS } from '../stages/cluster/test-sale.ts';
import { byTitle } from '../store/ingest/test-grouping.ts';
import { fetchRound, followed, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { newsPage, rssFeed } from './fixtures/small-site.ts';

// Invented (cluster/test-sale.ts): a feed whose first poll brings three articles of three events of one
// town, then one article a poll. Each run placed its articles at the join bar and never settled: the
// first poll's three made one story and every later article joined it. A run now settles its window
// as an ingest's last step does, and the three events stand apart, as `analyze` groups the pile.
test("a feed's polls of three events of one town are three stories after each fetch run settles", async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const source = followed('Dunwick Wire', `${site.origin}/rss.xml`);
  const items: { title: string; link: string; date: string }[] = [];
  for (const [round, poll] of TOWN_POLLS.entries()) {
    for (const [k, article] of poll.entries()) {
      const path = `/news/${round}-${k}.html`;
      site.pages.set(path, newsPage('Dunwick Wire', article.title ?? '', (article.text ?? '').split('\n\n')));
      const date = new Date(`${article.publishedAt}T08:00:00Z`).toUTCString();
      items.unshift({ title: article.title ?? '', link: `${site.origin}${path}`, date });
    }
    site.pages.set('/rss.xml', rssFeed('Dunwick Wire', items));
    await fetchRound(store, [source], { now: new Date('2026-11-20T00:00:00Z') });
  }
  const stories = new Map<string, (string | null)[]>();
  for await (const { article, storyId } of store.articles())
    stories.set(storyId ?? '', [...(stories.get(storyId ?? '') ?? []), article.title]);
  assert.deepEqual(
    byTitle(stories.values()),
    byTitle([OLLER_FLOOD, GROUND_SALE, DEPOT_FIRE].map((s) => s.map((a) => a.title))),
  );
});
