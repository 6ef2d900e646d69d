import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { cluster } from './index.ts';
import { sitesOf } from './sites.ts';
import { partition, segmented } from './test-articles.ts';

// Invented: two fires in one town (Harrowgate), at the Fenwick Mill and at the Tarrow depot, told by
// the same three outlets in the same words, with the same fire chief and mayor.
const FIRE = {
  fenwick: { site: 'the Fenwick Mill', street: 'Cole Street', when: 'Monday night', engines: 'twelve' },
  tarrow: { site: 'the Tarrow bus depot', street: 'Quarry Lane', when: 'Tuesday night', engines: 'ten' },
};
type Fire = (typeof FIRE)[keyof typeof FIRE];

const tellings = (f: Fire, publishedAt: string) => [
  {
    title: 'Fire in Harrowgate: crews fight blaze overnight',
    publishedAt,
    text: `Fire crews fought a large blaze at ${f.site} on ${f.street} in Harrowgate on ${f.when}, the town's fire service said.\n\nFire chief Dana Whitlow said ${f.engines} engines were sent and no one was hurt. Mayor Petra Linde thanked the crews and said the town would help anyone affected.`,
  },
  {
    title: 'Harrowgate blaze: no one hurt, fire chief says',
    publishedAt,
    text: `A large fire broke out at ${f.site} in Harrowgate on ${f.when}, fire chief Dana Whitlow said.\n\nWhitlow said no one was hurt. Mayor Petra Linde said the town would help anyone affected, and thanked the fire crews.`,
  },
  {
    title: 'Harrowgate fire: what we know',
    publishedAt,
    text: `Here is what we know about the fire in Harrowgate on ${f.when}, at ${f.site} on ${f.street}.\n\nFire chief Dana Whitlow said the cause was not yet known. Mayor Petra Linde said the town would help anyone affected.`,
  },
];

test('the sites a lead names: a building or a street, known by the name before its noun', () => {
  const [doc] = segmented([
    "A fire broke out at the Fenwick Mill on Cole Street and spread to the Tarrow bus depot near St Anne's school.",
  ]);
  assert.deepEqual(sitesOf(doc?.sentences[0]?.tokens ?? []), [
    'b:fenwick',
    's:cole',
    'b:tarrow',
    'b:st anne',
  ]);
  // a site with no name ("an old mill", "the town's fire station") is none
  const [plain] = segmented(["Fire crews fought a blaze at an old mill near the town's fire station."]);
  assert.deepEqual(sitesOf(plain?.sentences[0]?.tokens ?? []), []);
  // nor a noun inside a longer name (an event's), nor a site named by its country, state or city
  const [named] = segmented([
    'Vera Lind will host the 40th Annual Academy Awards, and a bomb hit an Oregon bank and the Paris branch.',
  ]);
  assert.deepEqual(sitesOf(named?.sentences[0]?.tokens ?? []), []);
});

test('undated, two fires at two buildings of one town are two stories too', () => {
  const undated = (f: Fire) => tellings(f, '').map(({ publishedAt: _, ...rest }) => rest);
  const docs = segmented([...undated(FIRE.fenwick), ...undated(FIRE.tarrow)]);
  assert.deepEqual(partition(cluster()(docs, createContext())), [
    ['a1', 'a2', 'a3'],
    ['a4', 'a5', 'a6'],
  ]);
});

test('a fire at another building of the same town the next day is another story', () => {
  const docs = segmented([...tellings(FIRE.fenwick, '2026-03-10'), ...tellings(FIRE.tarrow, '2026-03-11')]);
  assert.deepEqual(partition(cluster()(docs, createContext())), [
    ['a1', 'a2', 'a3'],
    ['a4', 'a5', 'a6'],
  ]);
});

test('two fires at two buildings of one town on the same day are two stories', () => {
  const tarrow = { ...FIRE.tarrow, when: 'Monday afternoon' };
  const docs = segmented([...tellings(FIRE.fenwick, '2026-03-10'), ...tellings(tarrow, '2026-03-10')]);
  assert.deepEqual(partition(cluster()(docs, createContext())), [
    ['a1', 'a2', 'a3'],
    ['a4', 'a5', 'a6'],
  ]);
});

// (one fire: its site named by the town by one outlet, or only later by a follow-up whose lead names
// another site)
const BY_TOWN = {
  title: 'Night blaze at Harrowgate mill',
  publishedAt: '2026-03-10',
  text: 'Firefighters spent the night at a Harrowgate mill after a blaze broke out there on Monday night.\n\nChief Dana Whitlow said the roof had fallen in. Mayor Petra Linde visited the crews.',
};
const FOLLOW_UP = {
  title: 'Mill owner questioned over Harrowgate fire',
  publishedAt: '2026-03-11',
  text: 'The owner of the burned mill was questioned at the Harrowgate police station on Tuesday, fire chief Dana Whitlow said.\n\nThe Fenwick Mill on Cole Street burned on Monday night. Mayor Petra Linde said the town would help anyone affected.',
};
for (const [what, other] of [
  ['an outlet names its site by the town', BY_TOWN],
  ["a follow-up's lead names another site, its body the fire's", FOLLOW_UP],
] as const)
  test(`one fire stays one story when ${what}`, () => {
    const docs = segmented([...tellings(FIRE.fenwick, '2026-03-10'), other]);
    assert.deepEqual(partition(cluster()(docs, createContext())), [['a1', 'a2', 'a3', 'a4']]);
  });

test("--explain-grouping names the sites that kept a fire out of the other fire's story", () => {
  const docs = segmented([...tellings(FIRE.fenwick, '2026-03-10'), ...tellings(FIRE.tarrow, '2026-03-11')]);
  const stories = cluster({ explain: true })(docs, createContext());
  const tarrow = stories.find((s) => s.articleIds.includes('a4'));
  const fenwick = stories.find((s) => s.articleIds.includes('a1'));
  for (const reason of tarrow?.grouping ?? []) {
    assert.equal(reason.siteConflict, false, reason.articleId);
    assert.deepEqual(reason.nearest && { ...reason.nearest, score: 0 }, {
      storyId: fenwick?.id,
      score: 0,
      siteConflict: true,
      sites: ['fenwick (building)', 'cole (street)'],
    });
  }
  assert.ok(tarrow?.grouping?.some((r) => r.sites?.includes('tarrow (building)')));
});
