import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyEventsOf } from '../../src/store/story-events.ts';
import { type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

/** Six articles of a scope, a day apart. */
async function seed(context: ContractContext, word: string, year: number): Promise<string[]> {
  const made = await context
    .store()
    .upsertArticles(
      [1, 2, 3, 4, 5, 6].map((day) =>
        newArticle({ text: `Event day ${day} ${word}.`, publishedAt: `${year}-05-0${day}` }),
      ),
    );
  return made.map((m) => m.id);
}

/** The contract's tests of merges and splits: what saveStories records, and merged ids that redirect. */
export function storyEventsContract(context: ContractContext): void {
  test('a story whose articles all go to another is merged into it, and its id opens that story', async () => {
    const s = scope();
    const store = context.store();
    const [a, b, c, d] = (await seed(context, s.word, s.year)) as [string, string, string, string];
    const [big, small] = [`big-${s.word}`, `small-${s.word}`];
    await store.saveStories([
      { id: big, title: 'Big', topicId: null, articleIds: [a, b] },
      { id: small, title: 'Small', topicId: null, articleIds: [c, d] },
    ]);
    assert.deepEqual(await store.storyEvents({ storyId: small }), [], 'creating stories is no event');
    const before = (await store.story(big))?.story.updatedAt as string;
    await store.saveStories([{ id: big, title: 'Big', topicId: null, articleIds: [a, b, c, d] }]);
    const events = await store.storyEvents({ storyId: small });
    assert.deepEqual(
      events.map(({ at: _, ...e }) => e),
      [{ kind: 'merged', storyId: small, otherId: big, articles: 2 }],
    );
    assert.ok(Date.parse(events[0]?.at ?? '') >= Date.parse(before));
    // the old id opens the story it is now part of, with all the articles
    const opened = await store.story(small);
    assert.equal(opened?.story.id, big);
    assert.equal(opened?.articles.length, 4);
    assert.equal((await store.story(small, { articles: false }))?.story.id, big);
    assert.ok(!(await store.stories({ limit: 10_000 })).some((x) => x.id === small));
    // a merge of the merged story: the first id follows both
    const third = `third-${s.word}`;
    await store.saveStories([{ id: third, title: 'Third', topicId: null, articleIds: [a, b, c, d] }]);
    assert.equal((await store.story(small))?.story.id, third);
    assert.equal((await store.story(big))?.story.id, third);
    assert.equal(await store.story(`never-${s.word}`), null);
  });

  test('a new story that takes part of a stored one is split off it; the stored one stays', async () => {
    const s = scope();
    const store = context.store();
    const [a, b, c, d, e] = (await seed(context, s.word, s.year)) as [string, string, string, string, string];
    const [whole, part] = [`whole-${s.word}`, `part-${s.word}`];
    await store.saveStories([{ id: whole, title: 'Whole', topicId: null, articleIds: [a, b, c, d] }]);
    // the grouping says: the whole story keeps a and b; c and d (with the new e) are a story of their own
    await store.saveStories([
      { id: whole, title: 'Whole', topicId: null, articleIds: [a, b] },
      { id: part, title: 'Part', topicId: null, articleIds: [c, d, e] },
    ]);
    const events = await store.storyEvents({ storyId: whole });
    assert.deepEqual(
      events.map(({ at: _, ...x }) => x),
      [{ kind: 'split', storyId: part, otherId: whole, articles: 2 }],
    );
    assert.equal((await store.story(whole))?.articles.length, 2);
    assert.equal((await store.story(part))?.articles.length, 3);
    // articles moving between two stored stories, neither ending, is growth: no event
    await store.saveStories([{ id: whole, title: 'Whole', topicId: null, articleIds: [a, b, c] }]);
    assert.equal((await store.storyEvents({ storyId: whole })).length, 1);
    // filters: since, limit
    const since = events[0]?.at as string;
    assert.ok((await store.storyEvents({ since })).some((x) => x.storyId === part));
    assert.deepEqual(await store.storyEvents({ since: `${s.year + 1000}-01-01`, storyId: whole }), []);
    assert.equal((await store.storyEvents({ limit: 1 })).length, 1);
  });
}

/** The contract's test of what the grouping reads of a story before its window. */
export function storyDaysContract(context: ContractContext): void {
  test('storyDaysBefore: the publication days of a story before a date, for the grouping', async () => {
    const s = scope();
    const store = context.store();
    const [a, b, , d, e] = (await seed(context, s.word, s.year)) as [string, string, string, string, string];
    const [x, y] = [`x-${s.word}`, `y-${s.word}`];
    await store.saveStories([
      { id: x, title: 'X', topicId: null, articleIds: [a, b, e] },
      { id: y, title: 'Y', topicId: null, articleIds: [d] },
    ]);
    const day = (date: string) => Date.parse(`${s.year}-${date}T00:00:00Z`) / 86_400_000;
    const got = await store.storyDaysBefore([x, y, `none-${s.word}`], `${s.year}-05-04T00:00:00.000Z`);
    assert.deepEqual([...got], [[x, [day('05-01'), day('05-02')]]]);
    assert.deepEqual([...(await store.storyDaysBefore([], `${s.year}-05-04`))], []);
  });
}

test('storyEventsOf: merges to the story that took most, splits from the one given most', () => {
  const cases: [Parameters<typeof storyEventsOf>, ReturnType<typeof storyEventsOf>][] = [
    [[[], new Set(), new Set()], []],
    // s4 emptied, most of it into s2
    [
      [
        [
          { from: 's4', to: 's2', articles: 3 },
          { from: 's4', to: 's9', articles: 1 },
        ],
        new Set(),
        new Set(['s4']),
      ],
      [{ kind: 'merged', storyId: 's4', otherId: 's2', articles: 3 }],
    ],
    // a tie goes to the lower id (s9 before s10)
    [
      [
        [
          { from: 's4', to: 's10', articles: 2 },
          { from: 's4', to: 's9', articles: 2 },
        ],
        new Set(),
        new Set(['s4']),
      ],
      [{ kind: 'merged', storyId: 's4', otherId: 's9', articles: 2 }],
    ],
    // new s7 took from s3 (which stays) and less from s5
    [
      [
        [
          { from: 's3', to: 's7', articles: 2 },
          { from: 's5', to: 's7', articles: 1 },
        ],
        new Set(['s7']),
        new Set(),
      ],
      [{ kind: 'split', storyId: 's7', otherId: 's3', articles: 2 }],
    ],
    // all of s3 went to new s7: s3 merged into s7, not a split
    [
      [[{ from: 's3', to: 's7', articles: 4 }], new Set(['s7']), new Set(['s3'])],
      [{ kind: 'merged', storyId: 's3', otherId: 's7', articles: 4 }],
    ],
    // s4 parted: most into stored s2, the rest a new s9: merged into s2, and s9 split off it (its id
    // tells where both parts went)
    [
      [
        [
          { from: 's4', to: 's2', articles: 3 },
          { from: 's4', to: 's9', articles: 2 },
        ],
        new Set(['s9']),
        new Set(['s4']),
      ],
      [
        { kind: 'merged', storyId: 's4', otherId: 's2', articles: 3 },
        { kind: 'split', storyId: 's9', otherId: 's4', articles: 2 },
      ],
    ],
    // a story emptied without its articles going anywhere (left unplaced) merged into nothing
    [[[], new Set(), new Set(['s3'])], []],
  ];
  for (const [args, expected] of cases) assert.deepEqual(storyEventsOf(...args), expected);
});
