import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Report } from '../model/index.ts';
import { SERVED_LIMITS } from '../report/story-page-limits.ts';
import {
  computeStoryReport,
  ingestInto,
  type StoryReportComputer,
  storyReport,
} from '../store/ingest/index.ts';
import { REPORT_VERSION } from '../version.ts';
import { createApp } from './app.ts';
import { appContext, reportOf, storySummary } from './data.ts';
import { damStoryId, FIXTURE_OUTLETS, fixtureStore } from './fixtures/store.ts';

const analyze = { compare: { outlets: FIXTURE_OUTLETS } };

// A fifth telling of the fixture's dam story (invented), dated after the others.
const FIFTH = {
  outlet: 'Moorside Herald',
  url: 'https://moorside-herald.example/dam-spillway-repairs',
  publishedAt: '2025-06-03T09:00:00Z',
  title: 'Glenmoor dam spillway repairs to start on June 16',
  text: 'The spillway of the Glenmoor dam will close for six weeks of repairs from June 16, the Glenmoor Valley Water Board said.\n\nBoard chair Imelda Fairweather said cracked concrete was found on the lower apron. The reservoir will be kept at 80 percent of capacity during the work.',
};

test("serve's app computes the stale reports ahead in a thread; a first view reads them stored, and a story that grows is never shown as it was", async () => {
  const store = await fixtureStore(':memory:', { computed: false });
  const dam = await damStoryId(store);
  assert.ok(
    (await store.stories()).every((s) => s.reportStale),
    'as ingest leaves it: no report',
  );
  const { app, reports } = createApp({ store, outlets: FIXTURE_OUTLETS, analyze, warmReports: 50 });
  try {
    // the list answers while the reports are computed
    assert.equal((await app.request('/')).status, 200);
    assert.equal(await reports.warmed(), (await store.stories()).length);
    assert.ok(
      (await store.stories()).every((s) => !s.reportStale),
      'every report computed and stored',
    );
    assert.ok(await store.storyPage(dam), 'with its page piece, which a first view reads');
    const page = await (await app.request(`/stories/${dam}`)).text();
    assert.match(page, /4 articles · 4 outlets/);

    // a fifth article joins the dam story after its report was computed
    await ingestInto(
      store,
      [{ path: 'fifth.json', bytes: new TextEncoder().encode(JSON.stringify(FIFTH)) }],
      { analyze, jobs: 1 },
      createContext({ now: new Date('2025-06-04T00:00:00Z') }),
    );
    const grown = await storySummary(appContext(store, analyze, new Map()), dam);
    assert.equal(grown?.articleCount, 5);
    assert.ok(grown?.reportStale);
    // the list page queues it again, and its page shows the story as it now is
    assert.equal((await app.request('/')).status, 200);
    assert.equal(await reports.warmed(), (await store.stories()).length + 1);
    assert.equal((await store.story(dam, { articles: false }))?.report?.articles.length, 5);
    assert.match(await (await app.request(`/stories/${dam}`)).text(), /5 articles · 5 outlets/);
  } finally {
    await reports.close();
    await store.close();
  }
});

test("serve's app computes again, ahead, the reports an older Parallax stored; a first view reads the new ones", async () => {
  const store = await fixtureStore(':memory:', { computed: false });
  const dam = await damStoryId(store);
  // every report computed and stored by an older version (with its piece)
  const older: StoryReportComputer = async (input, options, ctx) => ({
    ...computeStoryReport(input, options, ctx),
    generator: { name: 'parallax', version: '0.0.9+report.2.analysis.0' },
  });
  const ctx = createContext({ now: new Date('2025-06-04T00:00:00Z') });
  for (const story of await store.stories())
    await storyReport(store, story.id, analyze, ctx, SERVED_LIMITS, older);
  assert.ok((await store.stories()).every((s) => s.reportStale));
  const { app, reports } = createApp({ store, outlets: FIXTURE_OUTLETS, analyze, warmReports: 50 });
  try {
    assert.equal((await app.request('/')).status, 200);
    assert.equal(await reports.warmed(), (await store.stories()).length);
    for (const story of await store.stories()) {
      assert.equal(story.reportStale, false, story.id);
      const stored = await store.story(story.id, { articles: false });
      assert.equal(stored?.report?.generator.version, REPORT_VERSION);
    }
    assert.equal((await store.storyPage(dam))?.report.generator.version, REPORT_VERSION);
    assert.match(await (await app.request(`/stories/${dam}`)).text(), /4 articles · 4 outlets/);
  } finally {
    await reports.close();
    await store.close();
  }
});

test('a story page asked for twice while its report is computed waits for that one computation', async () => {
  const store = await fixtureStore(':memory:', { computed: false });
  try {
    let computed = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { computeStoryReport } = await import('../store/ingest/index.ts');
    const compute: StoryReportComputer = async (input, options, ctx) => {
      computed++;
      await gate;
      return computeStoryReport(input, options, ctx);
    };
    const context = appContext(store, analyze, new Map(), undefined, compute);
    const summary = await storySummary(context, await damStoryId(store));
    assert.ok(summary);
    const both = Promise.all([reportOf(context, summary), reportOf(context, summary)]);
    release();
    const [a, b] = (await both) as [Report, Report];
    assert.equal(computed, 1);
    assert.equal(a, b);
  } finally {
    await store.close();
  }
});
