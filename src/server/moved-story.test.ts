import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SplitPart } from '../store/story-moves.ts';
import { createApp } from './app.ts';
import { requestText } from './fixtures/app.ts';
import { damStoryId, fixtureStore } from './fixtures/store.ts';

// A bookmarked story page after the grouping parted the story, then merged the part back: the page
// of the parted story links the part, the part's old id says it was merged, and a part merged back
// is no longer offered; the API's story answer lists the parts (over the fixture store, in memory).
test('a story page says where a part split off went, and an id merged away says so', async (t) => {
  const store = await fixtureStore();
  t.after(() => store.close());
  const { app } = createApp({ store });
  const dam = await damStoryId(store);
  const ids = (await store.storyArticleIds([dam])).get(dam) ?? [];
  const title = 'Dam';
  const notice = async (id: string) =>
    /<p class="notice moved">(.*?)<\/p>/.exec((await requestText(app, `/stories/${id}`)).text)?.[1];
  assert.equal(await notice(dam), undefined, 'a story never parted says nothing');
  // the grouping parts it: one article becomes a story of its own
  await store.saveStories([
    { id: dam, title, topicId: null, articleIds: ids.slice(0, -1) },
    { id: 'dam-part', title, topicId: null, articleIds: ids.slice(-1) },
  ]);
  assert.match(
    (await notice(dam)) ?? '',
    /^Story .+ was split on \d{4}-\d\d-\d\d: 1 of its articles went to story <a href="\/stories\/dam-part">dam-part<\/a>\.$/,
  );
  assert.equal(await notice('dam-part'), undefined, 'the part itself was not parted');
  const api = async (id: string) =>
    ((await (await app.request(`/api/stories/${id}`)).json()) as { splitOff: SplitPart[] }).splitOff;
  assert.deepEqual(
    (await api(dam)).map((p) => [p.storyId, p.liveId, p.articles]),
    [['dam-part', 'dam-part', 1]],
  );
  assert.deepEqual(await api('dam-part'), []);
  // then merges it back: the part's id opens the story and says so; the story offers no part now
  await store.saveStories([{ id: dam, title, topicId: null, articleIds: ids }]);
  assert.equal(await notice('dam-part'), 'Story dam-part was merged into this story.');
  assert.equal(await notice(dam), undefined, 'a part merged back is not offered');
  assert.equal((await api(dam))[0]?.liveId, dam, 'the API says where the part is now: back in the story');
});
