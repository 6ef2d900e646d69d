import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser15 #4: a count told otherwise carries each side's value and each article's time, is named by
// the verb that tells it ("injured", not "people" or "others"), and an outlet's later article is marked
// as updating its own earlier value. Invented articles.
const FIRST =
  'Twelve people were injured on Monday when a fire swept through the Brask Paper mill in Olvey, the county fire service said.\n\nThe fire started in the drying hall.';
const LATER =
  "Fifteen people were injured in Monday's fire at the Brask Paper mill in Olvey, the county health board said on Monday evening.\n\nThe fire started in the drying hall.";
const OTHER =
  'A review was ordered on Tuesday into the fire at the Brask Paper mill in Olvey, which killed one worker and injured 14 others on Monday.\n\nThe fire started in the drying hall.';

const values = (bodies: Parameters<typeof runCompare>[0]) =>
  (runCompare(bodies).result.differences ?? []).map((d) => ({
    about: d.about,
    sides: d.sides.map((s) => ({
      value: s.value,
      told: s.told?.map((t) => [t.articleId, t.publishedAt, t.updates ?? []]),
    })),
  }));

test('one toll told as 12, 15 and 14: one "injured" difference with each value and time', () => {
  const got = values([
    [FIRST, { outlet: 'Olvey Star', publishedAt: '2026-03-02T09:30:00Z' }],
    [LATER, { outlet: 'Olvey Star', publishedAt: '2026-03-02T19:05:00Z' }],
    [OTHER, { outlet: 'Kessel Post', publishedAt: '2026-03-03T08:00:00Z' }],
  ]);
  // (the difference is told by "Twelve people", "Fifteen people" and "14 others": named by its verb)
  assert.equal(got.length, 1, JSON.stringify(got));
  const d = got[0] as (typeof got)[number];
  assert.equal(d.about, 'injured');
  const byValue = new Map(d.sides.map((s) => [s.value?.number, s]));
  assert.deepEqual([...byValue.keys()].sort(), [12, 14, 15]);
  assert.deepEqual(byValue.get(12)?.value, { number: 12, unit: null, measure: 'injured' });
  assert.deepEqual(byValue.get(12)?.told, [['a1', '2026-03-02T09:30:00Z', []]]);
  // the Star's evening article updates the Star's morning figure; the Post updates nobody's
  assert.deepEqual(byValue.get(15)?.told, [['a2', '2026-03-02T19:05:00Z', ['a1']]]);
  assert.deepEqual(byValue.get(14)?.told, [['a3', '2026-03-03T08:00:00Z', []]]);
});

test('the earlier article of an outlet updates nothing; an article of another outlet neither', () => {
  const got = values([
    [FIRST, { outlet: 'Olvey Star', publishedAt: '2026-03-02T19:05:00Z' }],
    [LATER, { outlet: 'Olvey Star', publishedAt: '2026-03-02T09:30:00Z' }],
    [OTHER, { outlet: 'Kessel Post', publishedAt: '2026-03-03' }],
  ]);
  const sides = got[0]?.sides ?? [];
  const told = new Map(sides.flatMap((s) => s.told ?? []).map((t) => [t[0], t[2]]));
  assert.deepEqual(told.get('a1'), ['a2']);
  assert.deepEqual(told.get('a2'), []);
  assert.deepEqual(told.get('a3'), []);
});

test('"at least 14" is a side of its own, not the side of "14"', () => {
  const got = values([
    [FIRST, { outlet: 'Olvey Star', publishedAt: '2026-03-02T09:30:00Z' }],
    [
      "At least 14 people were injured in Monday's fire at the Brask Paper mill in Olvey, the county health board said.\n\nThe fire started in the drying hall.",
      { outlet: 'Dunn Gazette', publishedAt: '2026-03-02T12:00:00Z' },
    ],
    [OTHER, { outlet: 'Kessel Post', publishedAt: '2026-03-03T08:00:00Z' }],
  ]);
  const sides = got.flatMap((d) => d.sides.map((s) => [s.value?.qualifier ?? '', s.value?.number]));
  assert.ok(
    sides.some(([q, n]) => q === 'at least' && n === 14),
    JSON.stringify(got),
  );
  const onSide = (s: (typeof got)[number]['sides'][number], id: string) => s.told?.some((t) => t[0] === id);
  assert.ok(!got.some((d) => d.sides.some((s) => onSide(s, 'a2') && onSide(s, 'a3'))));
});
