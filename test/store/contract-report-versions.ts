import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Report } from '../../src/model/index.ts';
import { storyReport } from '../../src/store/ingest/index.ts';
import { REPORT_VERSION } from '../../src/version.ts';
import { type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

/** What an older Parallax stamped on its reports (this code's never is). */
const OLDER = '0.0.9+report.2.analysis.0';

/** A report to store, made by `version` (none: a report that names no version). */
function report(mark: string, version?: string): Report {
  return {
    schemaVersion: 'test',
    ...(version === undefined ? {} : { generator: { name: 'parallax', version } }),
    mark,
  } as unknown as Report;
}

/**
 * The contract's tests of the version stored with each report (`REPORT_VERSION`): a report made by
 * an older version is stale as one whose articles changed is, and is computed again (a newer
 * version's: contract-mixed-versions.ts).
 */
export function reportVersionsContract(context: ContractContext): void {
  test('a report made by an older version, or naming none, is stale until one of this version is saved', async () => {
    const s = scope();
    const store = context.store();
    const [a] = (
      await store.upsertArticles([newArticle({ text: `Version ${s.word}.`, publishedAt: `${s.year}-01-02` })])
    ).map((m) => m.id) as [string];
    const id = `version-${s.word}`;
    await store.saveStories([{ id, title: 'Version', topicId: null, articleIds: [a] }]);
    const asOf = (await store.story(id))?.story.updatedAt as string;
    const staleness = async () => [
      (await store.story(id, { articles: false, report: false }))?.story.reportStale,
      (await store.stories({ limit: 10_000 })).find((story) => story.id === id)?.reportStale,
      (await store.staleStories(10_000)).includes(id),
    ];
    // (in this order: a report naming no version never replaces one that names one)
    for (const made of [report('unnamed'), report('older', OLDER)]) {
      await store.saveReport(id, made, asOf);
      assert.deepEqual(await staleness(), [true, true, true], JSON.stringify(made));
      assert.deepEqual((await store.story(id))?.report, made, 'the stored report stays readable');
    }
    await store.saveReport(id, report('this one', REPORT_VERSION), asOf);
    assert.deepEqual(await staleness(), [false, false, false]);
  });

  test('a story whose stored report an older version made, reopened, has its report computed again and the new one stored', async () => {
    const s = scope();
    const store = context.store();
    const texts = [
      `The ${s.word} ferry will stop running on Friday, the harbour board said on Monday.`,
      `Harbour board chair Mina Orlov said the ${s.word} ferry stops on Friday for repairs.`,
    ];
    const ids = (
      await store.upsertArticles(
        texts.map((text, n) =>
          newArticle({
            text,
            title: `Ferry ${s.word} ${n}`,
            outlet: `${s.outlet} ${n}`,
            publishedAt: `${s.year}-03-0${n + 2}`,
          }),
        ),
      )
    ).map((m) => m.id);
    const id = `older-${s.word}`;
    await store.saveStories([{ id, title: `Ferry ${s.word}`, topicId: null, articleIds: ids }]);
    const asOf = (await store.story(id))?.story.updatedAt as string;
    await store.saveReport(id, report('made by an older Parallax', OLDER), asOf);

    const again = await context.open();
    try {
      assert.equal((await again.story(id, { articles: false }))?.story.reportStale, true);
      const made = await storyReport(
        again,
        id,
        {},
        createContext({ now: new Date(`${s.year}-03-05T00:00:00Z`) }),
      );
      assert.equal(made?.generator.version, REPORT_VERSION);
      assert.deepEqual(made?.stories[0]?.articleIds, ids);
      const stored = await again.story(id, { articles: false });
      assert.equal(stored?.story.reportStale, false);
      assert.equal(stored?.story.updatedAt, asOf, 'the story itself did not change');
      assert.deepEqual(stored?.report, made, 'the new report is stored');
      assert.equal((await again.storyPage(id))?.report.generator.version, REPORT_VERSION, 'with its piece');
      assert.ok(!(await again.staleStories(10_000)).includes(id));
    } finally {
      await again.close();
    }
  });
  test("a story is listed under the title its saved report heads it with (the summary's headline, else the report's title)", async () => {
    const s = scope();
    const store = context.store();
    const [a] = (
      await store.upsertArticles([
        newArticle({ text: `Headline ${s.word}.`, publishedAt: `${s.year}-01-03` }),
      ])
    ).map((m) => m.id) as [string];
    const id = `headline-${s.word}`;
    await store.saveStories([{ id, title: `Small fire at ${s.word} pier`, topicId: null, articleIds: [a] }]);
    const asOf = (await store.story(id))?.story.updatedAt as string;
    const titles = async () => [
      (await store.story(id, { articles: false, report: false }))?.story.title,
      (await store.stories({ limit: 10_000 })).find((story) => story.id === id)?.title,
    ];
    const made = (story: object | null, mark: string) =>
      ({ ...report(mark, REPORT_VERSION), stories: story ? [story] : [] }) as unknown as Report;
    // a report that holds no such story leaves the title as grouping gave it
    await store.saveReport(id, made(null, 'none'), asOf);
    assert.deepEqual(await titles(), [`Small fire at ${s.word} pier`, `Small fire at ${s.word} pier`]);
    await store.saveReport(id, made({ id, title: `Fire at ${s.word} pier`, headline: null }, 'title'), asOf);
    assert.deepEqual(await titles(), [`Fire at ${s.word} pier`, `Fire at ${s.word} pier`]);
    const headline = `Seventeen hurt as fire shuts ${s.word} pier`;
    await store.saveReport(id, made({ id, title: `Fire at ${s.word} pier`, headline }, 'headline'), asOf);
    assert.deepEqual(await titles(), [headline, headline]);
    assert.equal((await store.story(id))?.story.updatedAt, asOf, 'the story itself did not change');
  });

  test("stats count a version's reports whose stories changed since they were made", async () => {
    const s = scope();
    const store = context.store();
    const ours = async (): Promise<[number, number]> => {
      const row = (await store.stats()).reportVersions.find((r) => r.version === REPORT_VERSION);
      return [row?.stories ?? 0, row?.stale ?? 0];
    };
    const [stories, stale] = await ours();
    const [a, b] = (
      await store.upsertArticles(
        [1, 2].map((n) =>
          newArticle({ text: `Stale ${s.word} ${n}.`, publishedAt: `${s.year}-01-0${n + 3}` }),
        ),
      )
    ).map((m) => m.id) as [string, string];
    const id = `stale-${s.word}`;
    await store.saveStories([{ id, title: 'Stale', topicId: null, articleIds: [a] }]);
    const asOf = (await store.story(id))?.story.updatedAt as string;
    await store.saveReport(id, report('current', REPORT_VERSION), asOf);
    assert.deepEqual(await ours(), [stories + 1, stale]);
    // the story grows after its report was made: the report is kept, and stale
    await store.saveStories([{ id, title: 'Stale', topicId: null, articleIds: [a, b] }]);
    assert.equal((await store.story(id, { articles: false, report: false }))?.story.reportStale, true);
    assert.deepEqual(await ours(), [stories + 1, stale + 1]);
  });
}
