import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planStep } from './changes.ts';

// before: article → stored story (null: new); after: article → grouper key
const plan = (before: Record<string, string | null>, after: Record<string, number>) => {
  const { idOf, changed, whole } = planStep(new Map(Object.entries(before)), new Map(Object.entries(after)));
  return {
    ids: Object.fromEntries([...idOf].sort((x, y) => x[0] - y[0])),
    changed: [...changed].sort((x, y) => x - y),
    whole: Object.fromEntries(whole),
  };
};

test('planStep: growth, a new story, a merge, a split (both parts changed), and a taken name', () => {
  const cases: [Record<string, string | null>, Record<string, number>, ReturnType<typeof plan>][] = [
    // a new article joins s1; s4 is untouched
    [
      { a1: 's1', a2: 's1', a4: 's4', a9: null },
      { a1: 0, a2: 0, a4: 1, a9: 0 },
      { ids: { 0: 's1', 1: 's4' }, changed: [0], whole: {} },
    ],
    // a new article starts a story of its own, named after it
    [
      { a1: 's1', a9: null },
      { a1: 0, a9: 1 },
      { ids: { 0: 's1', 1: 's9' }, changed: [1], whole: {} },
    ],
    // s4 went whole into s1's key: merged, s1 continues
    [
      { a1: 's1', a2: 's1', a4: 's4', a9: null },
      { a1: 0, a2: 0, a4: 0, a9: 0 },
      { ids: { 0: 's1' }, changed: [0], whole: { 0: ['s4'] } },
    ],
    // a new key took s1 (most of it) and a new article: it continues s1
    [
      { a1: 's1', a2: 's1', a9: null },
      { a1: 5, a2: 5, a9: 5 },
      { ids: { 5: 's1' }, changed: [5], whole: {} },
    ],
    // s1 splits: a3 and a5 leave for a new key, named after a3; s1 stays where most of it is
    [
      { a1: 's1', a2: 's1', a3: 's1', a4: 's1', a5: 's1' },
      { a1: 0, a2: 0, a3: 2, a4: 0, a5: 2 },
      { ids: { 0: 's1', 2: 's3' }, changed: [0, 2], whole: {} },
    ],
    // the split-off part holds s1's first article: s1's name is taken, the next article names it
    [
      { a1: 's1', a2: 's1', a3: 's1', a4: 's1', a6: 's1' },
      { a1: 2, a3: 2, a2: 0, a4: 0, a6: 0 },
      { ids: { 0: 's1', 2: 's3' }, changed: [0, 2], whole: {} },
    ],
  ];
  for (const [before, after, expected] of cases) assert.deepEqual(plan(before, after), expected);
});
