import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairedDifference } from './paired.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} != ${b}`);

test('paired differences: mean and standard error of the mean', () => {
  // differences 0.1, 0, 0.2: mean 0.1, sample variance 0.01, standard error sqrt(0.01 / 3)
  const d = pairedDifference([0.5, 0.4, 0.6], [0.4, 0.4, 0.4]);
  close(d.mean, 0.1);
  close(d.standardError, Math.sqrt(0.01 / 3));
  assert.equal(d.n, 3);
});

test('the same gain on every item has no sampling error; one item has no estimate', () => {
  close(pairedDifference([0.3, 0.7], [0.2, 0.6]).standardError, 0);
  assert.ok(Number.isNaN(pairedDifference([0.3], [0.2]).standardError));
});

test('scores of different lengths are misuse', () => {
  assert.throws(() => pairedDifference([0.1, 0.2], [0.1]), /2 against 1/);
});
