import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../src/model/index.ts';
import { REPORT_VERSION } from '../../src/version.ts';
import { all, type ContractContext, scope } from './contract-scope.ts';
import { seed } from './contract-seed.ts';
import { storyListContract } from './contract-story-lists.ts';

/** A report to store: the store keeps it as JSON, whatever it holds, and reads its generator's version. */
function report(mark: string): Report {
  return {
    schemaVersion: 'test',
    generator: { name: 'parallax', version: REPORT_VERSION },
    mark,
    stories: [{ id: 'x', facts: [1, 2, { nested: true }] }],
  } as unknown as Report;
}

/** The contract's story tests: memberships, aggregates, stale reports, lists (contract-story-lists.ts). */
export function storiesContract(context: ContractContext): void {
  test('earliestUnplaced: the time of the earliest article in no story, which saveStories places', async () => {
    const s = scope();
    const store = context.store();
    const ids = await seed(context, s);
    // other tests' articles share the database: this scope's earliest (day five) bounds the answer
    const before = await store.earliestUnplaced();
    assert.ok(
      before !== null && Date.parse(before) <= Date.parse(`${s.year}-03-05T00:00:00Z`),
      String(before),
    );
    await store.saveStories([{ id: `story-${s.word}`, title: s.word, topicId: null, articleIds: ids }]);
    const after = await store.earliestUnplaced();
    // placed: what is left in no story is of the tests before this one, dated in earlier years
    assert.ok(after === null || Date.parse(after) < Date.parse(`${s.year}-01-01T00:00:00Z`), String(after));
  });

  test('a story lists its articles in publication order, its outlets by count, its dates', async () => {
    const s = scope();
    const store = context.store();
    const ids = await seed(context, s);
    const id = `story-${s.word}`;
    await store.saveStories([{ id, title: `Bridge ${s.word}`, topicId: 'topic-1', articleIds: ids }]);
    const got = await store.story(id);
    assert.ok(got);
    assert.deepEqual(
      got.articles.map((a) => a.article.id),
      [ids[3], ids[1], ids[2], ids[0]],
    );
    assert.ok(got.articles.every((a) => a.storyId === id));
    assert.equal(got.report, null);
    const { story } = got;
    assert.deepEqual(
      {
        ...story,
        updatedAt: undefined,
        firstAt: Date.parse(story.firstAt ?? ''),
        lastAt: Date.parse(story.lastAt ?? ''),
        newestAt: Date.parse(story.newestAt ?? ''),
      },
      {
        id,
        title: `Bridge ${s.word}`,
        topicId: 'topic-1',
        articleCount: 4,
        outlets: [`${s.outlet} A`, `${s.outlet} B`],
        // the seed's fourth article names no outlet: counted, so the list does not read two outlets as all
        unnamedArticles: 1,
        firstAt: Date.parse(`${s.year}-03-05`),
        lastAt: Date.parse(`${s.year}-03-20`),
        updatedAt: undefined,
        // the list's order among stories changed at once: its newest article, dated or not
        newestAt: Date.parse(`${s.year}-03-20`),
        reportStale: true,
        titleWorking: true,
        reportReadable: false,
        reportVersion: null,
      },
    );
    assert.equal(await store.story(`no-such-${s.word}`), null);
    const members = await store.storyArticleIds([id, `no-such-${s.word}`]);
    assert.deepEqual([...members], [[id, [ids[3], ids[1], ids[2], ids[0]]]]);
    assert.deepEqual([...(await store.storyArticleIds([]))], []);
    // the list reads the same aggregates; a story of the unnamed article alone has no outlet and one unnamed
    const listed = await store.stories({ topic: 'topic-1', limit: 1000 });
    assert.equal(listed.find((x) => x.id === id)?.unnamedArticles, 1);
    await store.saveStories([
      { id: `alone-${s.word}`, title: 'Alone', topicId: null, articleIds: [ids[3] ?? ''] },
    ]);
    const alone = (await store.story(`alone-${s.word}`))?.story;
    assert.deepEqual([alone?.outlets, alone?.unnamedArticles], [[], 1]);
    const rest = (await store.story(id))?.story;
    assert.deepEqual([rest?.articleCount, rest?.unnamedArticles], [3, 0]);
  });

  test('a membership change moves articles, updates both stories and deletes an emptied one', async () => {
    const s = scope();
    const store = context.store();
    const [a, b, c, d] = (await seed(context, s)) as [string, string, string, string];
    const [one, two] = [`one-${s.word}`, `two-${s.word}`];
    const before = (await store.stats()).stories;
    await store.saveStories([
      { id: one, title: 'One', topicId: null, articleIds: [a, b] },
      { id: two, title: 'Two', topicId: null, articleIds: [c] },
    ]);
    const first = (await store.story(one))?.story;
    // Story two takes b; story one is not named but loses it.
    await store.saveStories([{ id: two, title: 'Two, grown', topicId: 't', articleIds: [c, b] }]);
    const oneNow = (await store.story(one))?.story;
    const twoNow = await store.story(two);
    assert.equal(oneNow?.articleCount, 1);
    assert.ok(first && oneNow && oneNow.updatedAt > first.updatedAt, 'a story that lost an article changed');
    assert.deepEqual(twoNow?.articles.map((x) => x.article.id).sort(), [b, c].sort());
    assert.equal(twoNow?.story.title, 'Two, grown');
    // A change that no longer lists an article leaves it without a story.
    await store.saveStories([{ id: two, title: 'Two', topicId: null, articleIds: [c, d] }]);
    const byId = new Map(
      (await all(store.articles({ outlet: `${s.outlet} A` }))).map((x) => [x.article.id, x.storyId]),
    );
    assert.equal(byId.get(b), null);
    // Story one's last article moves: story one is gone, merged into two, which its id now opens.
    await store.saveStories([{ id: two, title: 'Two', topicId: null, articleIds: [c, d, a] }]);
    assert.equal((await store.story(one))?.story.id, two);
    assert.ok(!(await store.stories({ limit: 10_000 })).some((x) => x.id === one));
    assert.equal((await store.stats()).stories, before + 1);
  });

  test('saveStories naming an article that is not stored fails and changes nothing', async () => {
    const s = scope();
    const store = context.store();
    const [a] = (await seed(context, s)) as [string];
    await assert.rejects(
      store.saveStories([
        { id: `ok-${s.word}`, title: 'Fine', topicId: null, articleIds: [a] },
        { id: `bad-${s.word}`, title: 'Bad', topicId: null, articleIds: [`missing-${s.word}`] },
      ]),
    );
    assert.equal(await store.story(`ok-${s.word}`), null);
    assert.equal(await store.story(`bad-${s.word}`), null);
  });

  test('a saved report ends staleness until the membership changes again; an older one never wins', async () => {
    const s = scope();
    const store = context.store();
    const [a, b] = (await seed(context, s)) as [string, string];
    const id = `stale-${s.word}`;
    await store.saveStories([{ id, title: 'Stale', topicId: null, articleIds: [a] }]);
    assert.ok((await store.staleStories(10_000)).includes(id));
    const asOf = (await store.story(id))?.story.updatedAt as string;
    await store.saveReport(id, report('first'), asOf);
    let got = await store.story(id);
    assert.equal(got?.story.reportStale, false);
    assert.deepEqual(got?.report, report('first'));
    assert.ok(!(await store.staleStories(10_000)).includes(id));

    await store.saveStories([{ id, title: 'Stale', topicId: null, articleIds: [a, b] }]);
    got = await store.story(id);
    assert.equal(got?.story.reportStale, true, 'stale again after a change');
    assert.deepEqual(got?.report, report('first'), 'the last report stays readable');
    const newer = got?.story.updatedAt as string;
    await store.saveReport(id, report('second'), newer);
    await store.saveReport(id, report('late, of the old membership'), asOf);
    got = await store.story(id);
    assert.deepEqual(got?.report, report('second'));
    assert.equal(got?.story.reportStale, false);
    await assert.rejects(store.saveReport(`none-${s.word}`, report('x'), asOf));
  });

  test('stale stories come oldest change first, at most the limit, even changes in one millisecond', async () => {
    const s = scope();
    const store = context.store();
    const ids = await seed(context, s);
    // Four changes in quick succession (most land in the same millisecond), named so that the
    // names sort against the order of change: a tie broken by name would put them backwards.
    const names = ids.map((_, i) => `${'zyxw'[i]}-${s.word}`);
    for (const [i, id] of ids.entries()) {
      await store.saveStories([{ id: names[i] as string, title: 'Story', topicId: null, articleIds: [id] }]);
    }
    const stale = (await store.staleStories(10_000)).filter((id) => names.includes(id));
    assert.deepEqual(stale, names);
    assert.equal((await store.staleStories(1)).length, 1);
  });

  // the story lists (contract-story-lists.ts), registered here to keep the suite's order
  storyListContract(context);

  test('one article by its id, with its story; null for an unknown id', async () => {
    const s = scope();
    const store = context.store();
    const [a, b] = (await seed(context, s)) as [string, string];
    const id = `story-${s.word}`;
    await store.saveStories([{ id, title: 'One', topicId: null, articleIds: [a] }]);
    const got = await store.article(a);
    assert.ok(got);
    assert.equal(got.article.id, a);
    assert.equal(got.article.text, `Day twenty ${s.word}.`);
    assert.equal(got.article.outlet, `${s.outlet} B`);
    assert.equal(got.storyId, id);
    assert.equal((await store.article(b))?.storyId, null);
    assert.equal(await store.article(`no-such-${s.word}`), null);
  });

  test('a story read without its articles or without its report leaves them out', async () => {
    const s = scope();
    const store = context.store();
    const ids = await seed(context, s);
    const id = `parts-${s.word}`;
    await store.saveStories([{ id, title: 'Parts', topicId: null, articleIds: ids }]);
    const whole = await store.story(id);
    assert.ok(whole);
    await store.saveReport(id, report(s.word), whole.story.updatedAt);
    const bare = await store.story(id, { articles: false });
    assert.ok(bare);
    assert.deepEqual(bare.articles, []);
    assert.equal((bare.report as unknown as { mark: string }).mark, s.word);
    assert.equal(bare.story.articleCount, 4);
    const noReport = await store.story(id, { report: false });
    assert.equal(noReport?.report, null);
    assert.equal(noReport?.articles.length, 4);
    const summaryOnly = await store.story(id, { articles: false, report: false });
    assert.deepEqual(
      { ...summaryOnly, story: summaryOnly?.story.id },
      { story: id, articles: [], report: null },
    );
    assert.equal(summaryOnly?.story.reportStale, false);
    assert.equal(await store.story(`no-such-${s.word}`, { articles: false, report: false }), null);
  });
}
