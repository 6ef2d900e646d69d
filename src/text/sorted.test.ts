import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstAtLeast } from './sorted.ts';

test('firstAtLeast: the first index not below the value, the length when none is', () => {
  const cases: [number[], number, number][] = [
    [[], 5, 0],
    [[3, 8, 8, 12], 8, 1],
    [[3, 8, 8, 12], 9, 3],
    [[3, 8, 8, 12], 2, 0],
    [[3, 8, 8, 12], 13, 4],
    [[3, 8, 8, 12], 12, 3],
  ];
  for (const [sorted, value, index] of cases)
    assert.equal(firstAtLeast(sorted, value), index, `${sorted} ${value}`);
});
