import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { groupByConsensus, medoid, seededOrder } from './consensus.ts';
import { createGrouper } from './grouper.ts';
import { featuresOf } from './test-articles.ts';

// Invented features of four articles (what they say does not matter here: the runs below are made up).
const ARTICLES = [
  featuresOf('a1', ['Pellham'], ['storm', 'harbour']),
  featuresOf('a2', ['Pellham'], ['storm', 'boats']),
  featuresOf('a3', ['Vennick'], ['orchard', 'harvest']),
  featuresOf('a4', ['Vennick'], ['apple', 'harvest']),
];

// Each article's story in a grouper's final state, as sorted lists of ids.
const storiesIn = (grouper: ReturnType<typeof createGrouper>) => {
  const byStory = new Map<number, string[]>();
  for (const e of grouper.entries())
    byStory.set(e.placement.story, [...(byStory.get(e.placement.story) ?? []), e.id]);
  return [...byStory.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
};

describe('groupByConsensus', () => {
  test('keeps the run most like the others, whichever run it is', () => {
    // run 0 (the first order) splits the storm and merges the orchard into it; runs 1 and 2 agree
    const runs = [
      [0, 1, 0, 0],
      [0, 0, 1, 1],
      [5, 5, 7, 7],
    ];
    let run = 0;
    const groupInOrder = (order: readonly number[]) => {
      const stories = runs[run++] as number[];
      const grouper = createGrouper();
      for (const i of order) grouper.observe(ARTICLES[i] as (typeof ARTICLES)[number]);
      for (const i of order) grouper.restore(ARTICLES[i] as (typeof ARTICLES)[number], stories[i] as number);
      return grouper;
    };
    const input = { count: ARTICLES.length, at: (i: number) => ARTICLES[i] as (typeof ARTICLES)[number] };
    const grouper = groupByConsensus(input, 3, groupInOrder, () => createGrouper());
    assert.equal(run, 3);
    assert.deepEqual(storiesIn(grouper), [
      ['a1', 'a2'],
      ['a3', 'a4'],
    ]);
  });
});

describe('groupByConsensus seeds', () => {
  test('its runs take the orders of seeds `seed`, `seed` + 1, …', () => {
    // ten articles of one day, so that only the seed orders them
    const many = Array.from({ length: 10 }, (_, i) =>
      featuresOf(`b${i}`, [`Name${i}`], [`word${i}`, `other${i}`]),
    );
    const input = { count: many.length, at: (i: number) => many[i] as (typeof many)[number] };
    const ordersOf = (runs: number, seed?: number) => {
      const seen: number[][] = [];
      groupByConsensus(
        input,
        runs,
        (order) => {
          seen.push([...order]);
          return createGrouper();
        },
        () => createGrouper(),
        seed,
      );
      return seen;
    };
    const [zero, one, two] = ordersOf(3);
    assert.deepEqual(ordersOf(1), [zero]);
    assert.deepEqual(ordersOf(1, 1), [one]);
    assert.deepEqual(ordersOf(2, 1), [one, two]);
    assert.notDeepEqual(one, zero);
  });
});

describe('medoid', () => {
  test('the partition with the highest B-cubed F1 against the others; the first on a tie', () => {
    const p = (...stories: number[]) => Int32Array.from(stories);
    assert.equal(medoid([p(0, 1, 2, 2), p(0, 0, 1, 1), p(3, 3, 9, 9)]), 1);
    assert.equal(medoid([p(0, 0, 1, 1), p(4, 4, 2, 2), p(0, 1, 2, 3)]), 0);
    assert.equal(medoid([p(0, 0), p(0, 1)]), 0);
    // one story of two and a single sits between all singles (twice) and one story of three
    assert.equal(medoid([p(0, 1, 2), p(0, 0, 0), p(0, 1, 1), p(0, 1, 2)]), 2);
  });
});

describe('seededOrder', () => {
  const days = [20, Number.POSITIVE_INFINITY, 10, 20, 20, 20, 20, 20, 20, 20];
  const hashes = days.map((_, i) => (i * 2654435761) >>> 0);

  test('dated articles first, by day, undated last; each seed a permutation of them', () => {
    for (const seed of [0, 1, 2]) {
      const order = seededOrder(days, hashes, seed);
      assert.deepEqual(
        [...order].sort((a, b) => a - b),
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      );
      assert.equal(order[0], 2);
      assert.equal(order[9], 1);
    }
  });

  test('one day is ordered by the hashes, otherwise by each seed, never by the input position', () => {
    const first = seededOrder(days, hashes, 0);
    assert.deepEqual(seededOrder(days, hashes, 0), first);
    assert.notDeepEqual(seededOrder(days, hashes, 1), first);
    // the same articles given the other way round come out in the same order
    const reversed = seededOrder([...days].reverse(), [...hashes].reverse(), 0);
    assert.deepEqual(
      reversed.map((i) => days.length - 1 - i),
      first,
    );
  });
});
