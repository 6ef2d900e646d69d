import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOf } from './days.ts';
import { type Precision, spanOf } from './resolve.ts';

test('spanOf: the first and last day of a resolved day, week, month or year', () => {
  const day = (y: number, m: number, d: number) => dayOf(y, m, d) as number;
  const cases: [Precision, number, readonly [number, number]][] = [
    ['day', day(2024, 2, 29), [day(2024, 2, 29), day(2024, 2, 29)]],
    ['week', day(2024, 2, 26), [day(2024, 2, 26), day(2024, 3, 3)]],
    ['month', day(2024, 2, 1), [day(2024, 2, 1), day(2024, 2, 29)]],
    ['year', day(2023, 1, 1), [day(2023, 1, 1), day(2023, 12, 31)]],
  ];
  for (const [precision, start, expected] of cases)
    assert.deepEqual(spanOf({ day: start, precision, relative: false }), expected, precision);
});
