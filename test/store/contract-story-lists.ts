import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cursorAfter, parseCursor } from '../../src/store/story-cursor.ts';
import type { StoryCursor } from '../../src/store/types.ts';
import { type ContractContext, scope } from './contract-scope.ts';
import { seed } from './contract-seed.ts';
import { newArticle } from './make-article.ts';

/** The contract's story list tests: newest change first, filters, pages from a cursor, topics. */
export function storyListContract(context: ContractContext): void {
  test('stories list newest change first, filtered by latest article date, outlet and limit', async () => {
    const s = scope();
    const store = context.store();
    const [a, b, c, d] = (await seed(context, s)) as [string, string, string, string];
    const late = `late-${s.word}`;
    const early = `early-${s.word}`;
    await store.saveStories([{ id: late, title: 'Late', topicId: null, articleIds: [a, b] }]);
    await store.saveStories([{ id: early, title: 'Early', topicId: null, articleIds: [c, d] }]);
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    assert.deepEqual(ids(await store.stories({ outlet: `${s.outlet} a` })), [early, late]);
    assert.deepEqual(ids(await store.stories({ outlet: `${s.outlet} B` })), [late]);
    assert.deepEqual(ids(await store.stories({ outlet: `${s.outlet} A`, since: `${s.year}-03-16` })), [late]);
    assert.deepEqual(ids(await store.stories({ outlet: `${s.outlet} A`, limit: 1 })), [early]);
    assert.deepEqual(ids(await store.stories({ since: `${s.year}-03-01` })), [early, late]);
    assert.deepEqual(ids(await store.stories({ since: `${s.year + 1}-01-01` })), []);
    await assert.rejects(store.stories({ since: 'soon' }), /not a date/);
  });

  test("a story's span is of its dated articles only: an undated one's ingest day is no day of it", async () => {
    const s = scope();
    const store = context.store();
    const [dated, undated, alone] = (
      await store.upsertArticles([
        newArticle({ text: `Dated ${s.word}.`, outlet: `${s.outlet} A`, publishedAt: `${s.year}-03-10` }),
        newArticle({ text: `Undated ${s.word}.`, outlet: `${s.outlet} B`, publishedAt: null }),
        newArticle({ text: `Undated alone ${s.word}.`, outlet: `${s.outlet} C`, publishedAt: null }),
      ])
    ).map((o) => o.id) as [string, string, string];
    const [mixed, none] = [`mixed-${s.word}`, `none-${s.word}`];
    await store.saveStories([
      { id: mixed, title: 'Mixed', topicId: null, articleIds: [dated, undated] },
      { id: none, title: 'None', topicId: null, articleIds: [alone] },
    ]);
    const listed = new Map((await store.stories({ limit: 10_000 })).map((x) => [x.id, x]));
    const day = (iso: string | null | undefined) => (iso ? new Date(iso).toISOString().slice(0, 10) : iso);
    assert.deepEqual(
      [day(listed.get(mixed)?.firstAt), day(listed.get(mixed)?.lastAt)],
      [`${s.year}-03-10`, `${s.year}-03-10`],
    );
    assert.deepEqual([listed.get(none)?.firstAt, listed.get(none)?.lastAt], [null, null]);
    const one = await store.story(mixed, { articles: false, report: false });
    assert.equal(day(one?.story.lastAt), `${s.year}-03-10`);
  });

  test("a story's span is its articles' times as given, with their offsets: the writer's days, as the story page shows them", async () => {
    const s = scope();
    const store = context.store();
    // two evening articles at UTC-05:00: the 5th where they were written, the 6th in UTC
    const [late, later] = (
      await store.upsertArticles([
        newArticle({
          text: `Evening ${s.word}.`,
          outlet: `${s.outlet} A`,
          publishedAt: `${s.year}-03-05T19:30:00-05:00`,
        }),
        newArticle({
          text: `Night ${s.word}.`,
          outlet: `${s.outlet} B`,
          publishedAt: `${s.year}-03-05T20:00:00-05:00`,
        }),
      ])
    ).map((o) => o.id) as [string, string];
    const id = `zoned-${s.word}`;
    await store.saveStories([{ id, title: 'Zoned', topicId: null, articleIds: [later, late] }]);
    const listed = (await store.stories({ limit: 10_000 })).find((x) => x.id === id);
    assert.deepEqual(
      [listed?.firstAt, listed?.lastAt],
      [`${s.year}-03-05T19:30:00-05:00`, `${s.year}-03-05T20:00:00-05:00`],
    );
    const one = await store.story(id, { articles: false, report: false });
    assert.equal(one?.story.firstAt, `${s.year}-03-05T19:30:00-05:00`);
  });

  test('stories by outlets: most outlets first, then newest change first; pages on from a cursor of the count', async () => {
    const s = scope();
    const store = context.store();
    const made = async (id: string, outlets: string[]) => {
      const ids = (
        await store.upsertArticles(
          outlets.map((o, i) =>
            newArticle({
              text: `${id} ${i} ${s.word}.`,
              outlet: `${s.outlet} ${o}`,
              publishedAt: `${s.year}-04-0${i + 1}`,
            }),
          ),
        )
      ).map((x) => x.id);
      await store.saveStories([
        { id: `${id}-${s.word}`, title: id, topicId: `bo-${s.word}`, articleIds: ids },
      ]);
    };
    await made('two', ['A', 'B']);
    await made('three', ['A', 'B', 'C']);
    await made('also2', ['B', 'C']);
    // two articles of one outlet: one outlet
    await made('one', ['A', 'A']);
    const ids = (list: { id: string }[]) => list.map((x) => x.id.split('-')[0]);
    const topic = `bo-${s.word}`;
    assert.deepEqual(ids(await store.stories({ topic })), ['one', 'also2', 'three', 'two']);
    const order = ['three', 'also2', 'two', 'one'];
    assert.deepEqual(ids(await store.stories({ topic, byOutlets: true })), order);
    assert.deepEqual(ids(await store.stories({ topic, byOutlets: true, limit: 1 })), ['three']);
    // page by page, each after the cursor of the page before: every story once, in the same order
    const seen: (string | undefined)[] = [];
    let after: StoryCursor | null = null;
    for (let page = 0; page < 6; page++) {
      const read = await store.stories({ topic, byOutlets: true, limit: 1, ...(after ? { after } : {}) });
      const last = read.at(-1);
      if (!last) break;
      seen.push(...ids(read));
      after = parseCursor(cursorAfter(last, true), true);
    }
    assert.deepEqual(seen, order);
    // a cursor of the newest-first order names no place in this one
    await assert.rejects(
      store.stories({ byOutlets: true, after: { updatedAt: `${s.year}-01-01T00:00:00.000Z`, id: 'x' } }),
    );
  });

  test('the story list pages on from a cursor (its last story), ties of change time by newest article', async () => {
    const s = scope();
    const store = context.store();
    const [a, b, c, d] = (await seed(context, s)) as [string, string, string, string];
    const topic = `paged-${s.word}`;
    const story = (id: string, articleIds: string[]) => ({ id, title: id, topicId: topic, articleIds });
    await store.saveStories([story(`p1-${s.word}`, [a])]);
    // one change, two stories: the same change time
    await store.saveStories([story(`p3-${s.word}`, [b]), story(`p2-${s.word}`, [c])]);
    await store.saveStories([story(`p4-${s.word}`, [d])]);
    const seen: string[] = [];
    let after: { updatedAt: string; newestAt: string | null; id: string } | undefined;
    for (;;) {
      const page = await store.stories({ topic, limit: 1, ...(after ? { after } : {}) });
      const last = page.at(-1);
      if (!last) break;
      seen.push(last.id.split('-')[0] as string);
      after = { updatedAt: last.updatedAt, newestAt: last.newestAt, id: last.id };
    }
    assert.deepEqual(seen, ['p4', 'p2', 'p3', 'p1']);
    const all = await store.stories({ topic });
    assert.deepEqual(
      (
        await store.stories({
          topic,
          after: {
            updatedAt: all[1]?.updatedAt ?? '',
            newestAt: all[1]?.newestAt ?? null,
            id: all[1]?.id ?? '',
          },
        })
      ).map((x) => x.id),
      all.slice(2).map((x) => x.id),
    );
  });

  test('stories changed at once list newest article first, then by id as a number, and page so', async () => {
    const s = scope();
    const store = context.store();
    const [e, f, g, h] = (
      await store.upsertArticles(
        ['Eleven', 'Four', 'One', 'Seventeen'].map((word, i) =>
          newArticle({
            text: `${word} ${s.word} of the same fetch.`,
            outlet: `${s.outlet} A`,
            publishedAt: i === 3 ? `${s.year}-04-05` : `${s.year}-04-02`,
          }),
        ),
      )
    ).map((o) => o.id) as [string, string, string, string];
    const topic = `fetch-${s.word}`;
    const story = (n: number, articleId: string) => ({
      id: `s${n}-${s.word}`,
      title: `s${n}`,
      topicId: topic,
      articleIds: [articleId],
    });
    // one change, four stories (as the stories of one fetch): the same change time
    await store.saveStories([story(11, e), story(4, f), story(1, g), story(17, h)]);
    const all = await store.stories({ topic });
    assert.deepEqual(
      all.map((x) => x.title),
      ['s17', 's1', 's4', 's11'],
    );
    assert.equal(new Set(all.map((x) => x.updatedAt)).size, 1);
    assert.equal(all[0]?.newestAt?.slice(0, 10), `${s.year}-04-05`);
    const seen: string[] = [];
    let after: { updatedAt: string; newestAt: string | null; id: string } | undefined;
    for (;;) {
      const last = (await store.stories({ topic, limit: 1, ...(after ? { after } : {}) })).at(-1);
      if (!last) break;
      seen.push(last.title);
      after = { updatedAt: last.updatedAt, newestAt: last.newestAt, id: last.id };
    }
    assert.deepEqual(seen, ['s17', 's1', 's4', 's11']);
    // a cursor written before the newest article was in it: the story's as stored now
    const one = all[1] as { updatedAt: string; id: string };
    const older = await store.stories({ topic, after: { updatedAt: one.updatedAt, id: one.id } });
    assert.deepEqual(
      older.map((x) => x.title),
      ['s4', 's11'],
    );
  });

  test('stories filter by topic, alone and with the other filters', async () => {
    const s = scope();
    const store = context.store();
    const [a, b, c, d] = (await seed(context, s)) as [string, string, string, string];
    const [one, two, other] = [`one-${s.word}`, `two-${s.word}`, `other-${s.word}`];
    const topic = `topic-${s.word}`;
    await store.saveStories([{ id: one, title: 'One', topicId: topic, articleIds: [a] }]);
    await store.saveStories([{ id: two, title: 'Two', topicId: topic, articleIds: [b, d] }]);
    await store.saveStories([{ id: other, title: 'Other', topicId: `else-${s.word}`, articleIds: [c] }]);
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    assert.deepEqual(ids(await store.stories({ topic })), [two, one]);
    assert.deepEqual(ids(await store.stories({ topic, outlet: `${s.outlet} B` })), [one]);
    assert.deepEqual(ids(await store.stories({ topic, limit: 1 })), [two]);
    assert.deepEqual(ids(await store.stories({ topic: `none-${s.word}` })), []);
  });
}
