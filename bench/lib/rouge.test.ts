import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lcsLength, rougeL, rougeN, rougeTokens } from './rouge.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('tokens are lower-cased [a-z0-9] runs', () => {
  assert.deepEqual(rougeTokens("The U.S. port's 2,400 cranes!"), [
    'the',
    'u',
    's',
    'port',
    's',
    '2',
    '400',
    'cranes',
  ]);
});

test('ROUGE-1 and ROUGE-2 clip repeated n-grams', () => {
  // candidate: the the cat sat (4); reference: the cat sat on the mat (6)
  const r1 = rougeN('the the cat sat', 'the cat sat on the mat', 1);
  close(r1.precision, 4 / 4); // the x2 (ref has 2), cat, sat
  close(r1.recall, 4 / 6);
  const r2 = rougeN('the the cat sat', 'the cat sat on the mat', 2);
  close(r2.precision, 2 / 3); // "the cat", "cat sat"
  close(r2.recall, 2 / 5);
  close(r2.f1, (2 * (2 / 3) * (2 / 5)) / (2 / 3 + 2 / 5));
});

test('ROUGE-L uses the longest common subsequence', () => {
  assert.equal(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']), 3);
  const l = rougeL('police killed the gunman', 'police kill the gunman');
  close(l.precision, 3 / 4);
  close(l.recall, 3 / 4);
  assert.equal(rougeL('', 'x').f1, 0);
});
