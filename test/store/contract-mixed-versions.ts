import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Report } from '../../src/model/index.ts';
import { SERVED_LIMITS } from '../../src/report/story-page-limits.ts';
import { type StoryReportComputer, storyReport } from '../../src/store/ingest/index.ts';
import type { Store } from '../../src/store/types.ts';
import { type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

// Two releases of one package sharing a store, and a later one whose report shape neither reads.
// As strings, NEW sorts before OLD ("10" < "9"): the store must order them as versions.
const OLD = '1.4.0+report.5.analysis.9';
const NEW = '1.4.0+report.5.analysis.10';
const OTHER_SHAPE = '1.5.0-rc.1+report.6.analysis.0';

/** A report made by `version`, of no story (so no page piece is cut from it). */
function report(version: string, mark = `made by ${version}`): Report {
  return {
    schemaVersion: 'test',
    generator: { name: 'parallax', version },
    mark,
    articles: [],
    stories: [],
  } as unknown as Report;
}

/** A computation of a story's report by `version`, recorded in `calls`. */
const computer =
  (version: string, calls: string[]): StoryReportComputer =>
  async () => {
    calls.push(version);
    return report(version);
  };

const ctx = () => createContext({ now: new Date('2026-01-01T00:00:00Z') });

/**
 * The contract's tests of a store shared by two Parallax versions (an upgrade rolled out to one
 * machine first): each computes again only the reports an older version made, a newer version's
 * report is served and never replaced, and one of a shape the reader cannot read is computed for it
 * without being stored. The versions are given to the stores opened (`reportVersion`).
 */
export function mixedVersionsContract(context: ContractContext): void {
  // Two handles on the suite's database, as an older and a newer Parallax, around `work`.
  async function withBoth(work: (older: Store, newer: Store) => Promise<void>): Promise<void> {
    const older = await context.open({ reportVersion: OLD });
    const newer = await context.open({ reportVersion: NEW });
    try {
      await work(older, newer);
    } finally {
      await older.close();
      await newer.close();
    }
  }

  // A new story of one article in the test's scope; its id and the time of its membership.
  async function oneStory(store: Store, label: string): Promise<{ id: string; asOf: string }> {
    const s = scope();
    const [a] = (
      await store.upsertArticles([
        newArticle({ text: `Mixed ${label} ${s.word}.`, publishedAt: `${s.year}-02-03` }),
      ])
    ).map((m) => m.id) as [string];
    const id = `mixed-${label}-${s.word}`;
    await store.saveStories([{ id, title: `Mixed ${label}`, topicId: null, articleIds: [a] }]);
    return { id, asOf: (await store.story(id))?.story.updatedAt as string };
  }

  // How a store sees a story's report: its summary's fields, in the list too, and in `staleStories`.
  async function view(store: Store, id: string) {
    const one = (await store.story(id, { articles: false, report: false }))?.story;
    const listed = (await store.stories({ limit: 10_000 })).find((story) => story.id === id);
    assert.deepEqual(
      [listed?.reportStale, listed?.reportReadable, listed?.reportVersion],
      [one?.reportStale, one?.reportReadable, one?.reportVersion],
      'the list and the story agree',
    );
    return {
      stale: one?.reportStale,
      readable: one?.reportReadable,
      version: one?.reportVersion,
      listedStale: (await store.staleStories(10_000)).includes(id),
    };
  }

  test('an older and a newer Parallax on one store: each finds stale only what an older version made', async () => {
    await withBoth(async (older, newer) => {
      const byNew = await oneStory(newer, 'new');
      await newer.saveReport(byNew.id, report(NEW), byNew.asOf);
      const byOld = await oneStory(older, 'old');
      await older.saveReport(byOld.id, report(OLD), byOld.asOf);
      const byLater = await oneStory(newer, 'later');
      await newer.saveReport(byLater.id, report(OTHER_SHAPE), byLater.asOf);

      const kept = { stale: false, readable: true, listedStale: false };
      assert.deepEqual(await view(older, byNew.id), { ...kept, version: NEW }, 'a newer report, served');
      assert.deepEqual(await view(newer, byNew.id), { ...kept, version: NEW });
      assert.deepEqual(await view(older, byOld.id), { ...kept, version: OLD });
      assert.deepEqual(
        await view(newer, byOld.id),
        { stale: true, readable: false, listedStale: true, version: OLD },
        'an older report, to compute again',
      );
      // its title is its report's headline all the same: no working title (as before a report or
      // after a change of its articles)
      for (const store of [older, newer]) {
        const listed = (await store.stories({ limit: 10_000 })).find((story) => story.id === byOld.id);
        assert.equal(listed?.titleWorking, false);
        assert.equal(
          (await store.story(byOld.id, { articles: false, report: false }))?.story.titleWorking,
          false,
        );
      }
      const fresh = await oneStory(newer, 'fresh');
      assert.equal(
        (await newer.story(fresh.id, { articles: false, report: false }))?.story.titleWorking,
        true,
      );
      for (const store of [older, newer])
        assert.deepEqual(
          await view(store, byLater.id),
          { stale: false, readable: false, listedStale: false, version: OTHER_SHAPE },
          'a report of an unknown shape: neither stale nor served',
        );
      const counted = new Map((await older.stats()).reportVersions.map((r) => [r.version, r.stories]));
      for (const version of [OLD, NEW, OTHER_SHAPE]) assert.ok((counted.get(version) ?? 0) >= 1, version);
    });
  });

  test('alternating reads by an older and a newer Parallax compute a report once each, then never again', async () => {
    await withBoth(async (older, newer) => {
      const { id } = await oneStory(newer, 'alternate');
      const calls: string[] = [];
      const marks: unknown[] = [];
      for (let round = 0; round < 4; round++)
        for (const [store, version] of [
          [older, OLD],
          [newer, NEW],
        ] as const) {
          const made = await storyReport(store, id, {}, ctx(), SERVED_LIMITS, computer(version, calls));
          marks.push((made as unknown as { mark: string }).mark);
        }
      // the older computes the missing report, the newer computes over it, then both read the newer's
      assert.deepEqual(calls, [OLD, NEW]);
      assert.deepEqual(marks, [`made by ${OLD}`, ...Array(7).fill(`made by ${NEW}`)]);
      assert.equal((await older.story(id))?.report?.generator.version, NEW);
    });
  });

  test("a newer Parallax's report survives an older reader that computed the same story meanwhile", async () => {
    await withBoth(async (older, newer) => {
      const { id, asOf } = await oneStory(older, 'race');
      const calls: string[] = [];
      // while the older computes, the newer computes and stores the same story's report
      const racing: StoryReportComputer = async (input, options, context) => {
        await storyReport(newer, id, {}, ctx(), SERVED_LIMITS, computer(NEW, calls));
        return computer(OLD, calls)(input, options, context);
      };
      const shown = await storyReport(older, id, {}, ctx(), SERVED_LIMITS, racing);
      assert.equal(shown?.generator.version, OLD, 'the older reader is shown what it computed');
      assert.deepEqual(calls, [NEW, OLD]);
      await older.saveReport(id, report(OLD, 'saved again'), asOf);
      const stored = await newer.story(id, { articles: false });
      assert.equal(stored?.report?.generator.version, NEW, 'the newer report is still stored');
      assert.equal(stored?.story.reportStale, false);
    });
  });

  test('a report of a shape this code cannot read is computed for each reader and never stored', async () => {
    await withBoth(async (older) => {
      const { id, asOf } = await oneStory(older, 'shape');
      await older.saveReport(id, report(OTHER_SHAPE), asOf);
      const calls: string[] = [];
      for (let read = 0; read < 2; read++) {
        const shown = await storyReport(older, id, {}, ctx(), SERVED_LIMITS, computer(OLD, calls));
        assert.equal(shown?.generator.version, OLD);
      }
      assert.deepEqual(calls, [OLD, OLD]);
      assert.equal((await older.story(id))?.report?.generator.version, OTHER_SHAPE);
      assert.ok(!(await older.staleStories(10_000)).includes(id), 'not computed ahead in vain');
    });
  });

  test("a newer report of a story's earlier articles is computed again by an older reader, then by the newer", async () => {
    await withBoth(async (older, newer) => {
      const { id, asOf } = await oneStory(newer, 'grown');
      await newer.saveReport(id, report(NEW), asOf);
      const s = scope();
      const ids = (await newer.storyArticleIds([id])).get(id) ?? [];
      const [b] = (
        await newer.upsertArticles([newArticle({ text: `Grown ${s.word}.`, publishedAt: `${s.year}-02-04` })])
      ).map((m) => m.id) as [string];
      await newer.saveStories([{ id, title: 'Mixed grown', topicId: null, articleIds: [...ids, b] }]);
      const calls: string[] = [];
      for (let round = 0; round < 2; round++) {
        await storyReport(older, id, {}, ctx(), SERVED_LIMITS, computer(OLD, calls));
        await storyReport(newer, id, {}, ctx(), SERVED_LIMITS, computer(NEW, calls));
      }
      // a report of the present articles beats one of earlier articles, whoever made it
      assert.deepEqual(calls, [OLD, NEW]);
      assert.equal((await older.story(id))?.report?.generator.version, NEW);
    });
  });
}
