import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLogistic, predictLogistic } from './logistic.ts';

// Invented rows: y is mostly true where the first feature is high; the second feature is noise.
const rows: number[][] = [];
const ys: boolean[] = [];
for (let i = 0; i < 40; i++) {
  const x = i / 40;
  rows.push([x, (i * 7) % 5]);
  ys.push(x > 0.5 ? i % 9 !== 0 : i % 7 === 0);
}

test('fitLogistic: the informative feature gets a positive weight, larger than the noise', () => {
  const m = fitLogistic(['x', 'noise'], rows, ys);
  assert.ok((m.weights[0] as number) > 1);
  assert.ok(Math.abs(m.weights[1] as number) < (m.weights[0] as number) / 2);
  assert.ok(predictLogistic(m, [0.9, 2]) > 0.7);
  assert.ok(predictLogistic(m, [0.1, 2]) < 0.3);
});

test('fitLogistic: a larger penalty shrinks the weights; a constant feature gets none', () => {
  const loose = fitLogistic(['x', 'noise'], rows, ys, 0.1);
  const tight = fitLogistic(['x', 'noise'], rows, ys, 50);
  assert.ok(Math.abs(tight.weights[0] as number) < Math.abs(loose.weights[0] as number));
  const constant = fitLogistic(
    ['x', 'one'],
    rows.map((r) => [r[0] as number, 1]),
    ys,
  );
  assert.equal(Number((constant.weights[1] as number).toFixed(9)), 0);
});

test('fitLogistic: separable rows stay finite under the penalty', () => {
  const m = fitLogistic(['x'], [[0], [0.2], [0.8], [1]], [false, false, true, true]);
  assert.ok(Number.isFinite(m.weights[0]) && (m.weights[0] as number) > 0);
});
