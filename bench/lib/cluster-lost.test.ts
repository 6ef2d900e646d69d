import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatLost, lostInside } from './cluster-lost.ts';

// Invented gold: a dev ferry strike (a1-a3), a dev harbour fire (b1, b2), a dev harvest (c1, c2) and a
// held-out ferry strike a year later (h1, h2).
const GOLD = new Map([
  ['a1', 'strike'],
  ['a2', 'strike'],
  ['a3', 'strike'],
  ['b1', 'fire'],
  ['b2', 'fire'],
  ['c1', 'harvest'],
  ['c2', 'harvest'],
  ['h1', 'strike-2'],
  ['h2', 'strike-2'],
]);
const isDev = (id: string) => !id.startsWith('h');
// The dev half alone: every story right but the harvest, in two pieces.
const ALONE = new Map([
  ['a1', 's1'],
  ['a2', 's1'],
  ['a3', 's1'],
  ['b1', 's2'],
  ['b2', 's2'],
  ['c1', 's3'],
  ['c2', 's4'],
]);
// Inside the one run: the later strike joins the strike's story, one fire article leaves the other.
const TOGETHER = new Map([
  ['a1', 't1'],
  ['a2', 't1'],
  ['a3', 't1'],
  ['h1', 't1'],
  ['h2', 't2'],
  ['b1', 't3'],
  ['b2', 't4'],
  ['c1', 't5'],
  ['c2', 't5'],
]);

test('lost inside the one run: to the other half, to its own half, parted; right alone only counted', () => {
  const lost = lostInside(ALONE, TOGETHER, GOLD, isDev);
  // a1-a3 and b1, b2 right alone (the harvest is not, so its rejoining is not counted)
  assert.deepEqual(lost, { rightAlone: 5, otherHalf: 3, sameHalf: 0, parted: 2 });
  const merged = new Map([...TOGETHER, ['b1', 't1']]);
  assert.deepEqual(lostInside(ALONE, merged, GOLD, isDev), {
    rightAlone: 5,
    otherHalf: 4,
    sameHalf: 0,
    parted: 1,
  });
  const withOwnHalf = new Map([...TOGETHER, ['h1', 't2'], ['b1', 't1']]);
  assert.deepEqual(lostInside(ALONE, withOwnHalf, GOLD, isDev), {
    rightAlone: 5,
    otherHalf: 0,
    sameHalf: 4,
    parted: 1,
  });
  assert.match(formatLost(lost), /alone 5, not inside the one run 5: .* 3, .* 0, parted from their own 2/);
});
