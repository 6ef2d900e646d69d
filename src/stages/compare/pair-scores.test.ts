import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PairScores } from './pair-scores.ts';

test('a pair score is found either way round, and a pair never stored has none', () => {
  const scores = new PairScores(4);
  scores.set(3, 7, 0.5);
  assert.equal(scores.get(3, 7), 0.5);
  assert.equal(scores.get(7, 3), 0.5);
  assert.equal(scores.has(7, 3), true);
  assert.equal(scores.get(3, 8), undefined);
  assert.equal(scores.has(8, 3), false);
  // storing again replaces the score and does not count the pair twice
  scores.set(7, 3, -0);
  assert.ok(Object.is(scores.get(3, 7), -0));
  assert.equal(scores.size, 1);
});

test('the table grows past its first size and keeps every pair, as a Map would', () => {
  const scores = new PairScores(2);
  const expected = new Map<string, number>();
  for (let i = 0; i < 300; i++)
    for (let j = i; j < 300; j += 7) {
      const value = (i * 31 + j) / 1000;
      scores.set(j, i, value);
      expected.set(`${i}:${j}`, value);
    }
  assert.equal(scores.size, expected.size);
  for (const [key, value] of expected) {
    const [i, j] = key.split(':').map(Number) as [number, number];
    assert.equal(scores.get(i, j), value);
  }
  assert.equal(scores.get(0, 1), undefined);
  assert.equal(scores.has(299, 298), false);
});
