import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { fractionFigures } from '../stages/compare/support/fractions.ts';
import { figures } from '../stages/extract/figures/test-kit.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { sentenceFigures } from './quantities.ts';

// newuser24 #2 (session 46): "a quarter-point cut", "half a point" and "a half-point rise" were no
// figure, so they never agreed with "25 basis points" or "0.5 percentage points". Invented sentences.
const sentences = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences ?? [];
const claimed = (text: string) =>
  sentences(text)
    .flatMap((s) => sentenceFigures(s))
    .map((f) => [f.value, f.unit, f.counts]);
const listed = (text: string) => figures(text).map((f) => [f.text, f.value, f.counts]);

test('a share of a point told in words is that many points, in the claims and the Figures table', () => {
  for (const [text, value] of [
    ['The Tolmere bank delivered a quarter-point cut on Friday.', 0.25],
    ['The Tolmere bank trims rates by a quarter point.', 0.25],
    ['The Tolmere bank raised its rate by half a percentage point.', 0.5],
    ['The Tolmere bank made a half-point rise on Friday.', 0.5],
    ['The Tolmere bank cut by a quarter of a percentage point.', 0.25],
    ['The Tolmere bank raised rates by three-quarters of a point.', 0.75],
    ['The Tolmere bank made a three-quarter-point hike.', 0.75],
  ] as const) {
    assert.deepEqual(claimed(text), [[value, null, 'point']], text);
    assert.deepEqual(
      listed(text).map(([, v]) => v),
      [value],
      text,
    );
  }
  assert.deepEqual(listed('The Tolmere bank delivered a quarter-point cut on Friday.'), [
    ['a quarter-point', 0.25, 'points'],
  ]);
  assert.deepEqual(listed('The Tolmere bank raised its rate by half a percentage point.'), [
    ['half a percentage point', 0.5, 'percentage points'],
  ]);
});

test('a share of a point and the same cut in basis points are one figure; a share of a point is no percent', () => {
  const rows = figures(
    'The Tolmere bank cut its rate by 25 basis points to 3.5%.',
    'The Tolmere bank delivered a quarter-point cut, taking its rate to 3.5%.',
  );
  assert.deepEqual(
    rows.map((f) => [f.value, f.occurrences.length]),
    [
      [0.25, 2],
      [3.5, 2],
    ],
  );
  // "a quarter of a percentage point" is no 25 percent; "a quarter of the market" still is
  const [point] = sentences('The bank cut by a quarter of a percentage point.');
  assert.deepEqual(point ? fractionFigures(point.tokens) : null, []);
  const [market] = sentences('The firm holds a quarter of the market.');
  assert.deepEqual(market ? fractionFigures(market.tokens).map((f) => f.value) : null, [25]);
});

test('no share of a point: a midpoint, the points of a game, a point without a share', () => {
  assert.deepEqual(claimed('The race reached the half-point mark at the bridge.'), []);
  assert.deepEqual(claimed('Lee scored a quarter of the points.'), []);
  assert.deepEqual(claimed('Lee made a point about the half of the field.'), []);
});
