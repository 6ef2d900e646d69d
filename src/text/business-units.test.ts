import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { figures } from '../stages/extract/figures/test-kit.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { sentenceFigures } from './quantities.ts';

// newuser24 #2 and #4 (session 45): "50 basis points" and "0.5 percentage points" were two values,
// "12 lakh engines" was 12 and "Rs 4,000 crore" was no figure at all. Invented sentences.
const claimed = (sentence: string) => {
  const [doc] = segmentAll([articleFromText('a', sentence)], createContext());
  return (doc?.sentences ?? []).flatMap((s) => sentenceFigures(s)).map((f) => [f.value, f.unit, f.counts]);
};
const listed = (sentence: string) => figures(sentence).map((f) => [f.value, f.unit, f.counts]);

test('basis points are hundredths of a percentage point, in the claims and the Figures table', () => {
  assert.deepEqual(claimed('The Tolmere bank cut its main rate by 50 basis points.'), [[0.5, null, 'point']]);
  assert.deepEqual(claimed('The Tolmere bank cut its main rate by 0.5 percentage points.'), [
    [0.5, null, 'point'],
  ]);
  assert.deepEqual(claimed('The Tolmere bank cut its main rate by 35bps.'), [[0.35, null, 'point']]);
  assert.deepEqual(listed('The Tolmere bank cut its main rate by 50 basis points.'), [
    [0.5, null, 'percentage points'],
  ]);
  // one row for the two wordings of one cut
  assert.equal(
    figures('The Tolmere bank cut its rate by 50 basis points, or 0.5 percentage points.').length,
    1,
  );
  // "basis" without "points" is no unit
  assert.deepEqual(claimed('Tolmere pays 40 staff on a weekly basis.'), [[40, null, 'staf']]);
});

test('lakh and crore scale a number, and Rs or ₹ before it is the rupee', () => {
  assert.deepEqual(claimed('The Pune supplier shipped 12 lakh engines to Tolmere.'), [
    [1_200_000, null, 'engin'],
  ]);
  assert.deepEqual(listed('The Pune supplier shipped 12 lakh engines to Tolmere.'), [
    [1_200_000, null, 'engines'],
  ]);
  for (const sentence of [
    'The Pune supplier holds a contract worth Rs 4,000 crore with Tolmere.',
    'The Pune supplier holds a contract worth ₹4,000 crore with Tolmere.',
  ]) {
    assert.deepEqual(
      claimed(sentence).map(([v, u]) => [v, u]),
      [[40_000_000_000, 'INR']],
      sentence,
    );
    assert.deepEqual(
      listed(sentence).map(([v, u]) => [v, u]),
      [[40_000_000_000, 'INR']],
      sentence,
    );
  }
  assert.deepEqual(
    claimed('The state plans to spend Rs 1.5 lakh crore on roads.').map(([v, u]) => [v, u]),
    [[1_500_000_000_000, 'INR']],
  );
});
