import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchPage } from './list.ts';

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
