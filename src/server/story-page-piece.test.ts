import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Report } from '../model/index.ts';
import { SERVED_LIMITS, type StoryPageLimits } from '../report/index.ts';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';
import { damStoryId, FIXTURE_OUTLETS, fixtureStore } from './fixtures/store.ts';
import { storyPage } from './views/story.ts';

// A story page's first view (a new app, nothing cached) reads the piece stored with the story's
// report, not the report; a report stored without one is read whole once and its piece written.
describe("a story page's first view", () => {
  let store: Store;
  let dam: string;
  // the store as the app sees it, counting the reads of whole reports
  let wholeReads = 0;
  const counted = (): Store =>
    new Proxy(store, {
      get(target, key, receiver) {
        if (key === 'story')
          return (id: string, parts?: { report?: boolean }) => {
            if (parts?.report !== false) wholeReads++;
            return target.story(id, parts);
          };
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const firstView = async (limits: StoryPageLimits = SERVED_LIMITS) => {
    const { app, jobs } = createApp({ store: counted(), outlets: FIXTURE_OUTLETS, storyLimits: limits });
    const before = wholeReads;
    const res = await app.request(`/stories/${dam}`);
    assert.equal(res.status, 200);
    const text = await res.text();
    await jobs.idle();
    return { text, wholeReads: wholeReads - before };
  };
  // the story page body as rendered from the whole stored report
  const fromWhole = async (limits: StoryPageLimits = SERVED_LIMITS) => {
    const found = await store.story(dam, { articles: false });
    assert.ok(found?.report);
    return storyPage(found.story, found.report, limits);
  };
  before(async () => {
    store = await fixtureStore();
    dam = await damStoryId(store);
  });
  after(() => store.close());

  test('reads the stored piece alone and shows the page the whole report shows', async () => {
    assert.ok(await store.storyPage(dam), 'the report was stored with its piece');
    const { text, wholeReads } = await firstView();
    assert.equal(wholeReads, 0, 'no whole report read');
    assert.ok(text.includes(await fromWhole()));
  });

  test('of a report stored without a piece reads the report once and stores its piece', async () => {
    const found = await store.story(dam, { articles: false });
    assert.ok(found?.report);
    await store.saveReport(dam, found.report, found.story.updatedAt);
    assert.equal(await store.storyPage(dam), null);
    const first = await firstView();
    assert.equal(first.wholeReads, 1);
    assert.ok(first.text.includes(await fromWhole()));
    assert.ok(await store.storyPage(dam), 'the piece was written');
    const again = await firstView();
    assert.equal(again.wholeReads, 0);
    assert.equal(again.text, first.text);
  });

  test('with other limits than its piece was cut to reads the report, and cuts the piece again', async () => {
    const tiny: StoryPageLimits = { ...SERVED_LIMITS, outlets: 1, quotes: 1, coverageOutlets: 2 };
    const first = await firstView(tiny);
    assert.equal(first.wholeReads, 1);
    assert.ok(first.text.includes(await fromWhole(tiny)));
    assert.match(first.text, /All 4 outlets/);
    assert.deepEqual((await store.storyPage(dam))?.limits, tiny);
    assert.equal((await firstView(tiny)).wholeReads, 0);
  });

  test('the API still answers the whole report', async () => {
    const { app } = createApp({ store: counted(), outlets: FIXTURE_OUTLETS });
    const body = (await (await app.request(`/api/stories/${dam}`)).json()) as { report: Report };
    const whole = await store.story(dam, { articles: false });
    assert.deepEqual(body.report, whole?.report);
  });
});
