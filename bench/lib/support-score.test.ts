import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestOverlap, locateText } from './support-locate.ts';
import { byGoldEvent, confusion, labelScores, pairKey, prf, setScores } from './support-score.ts';

test('prf: precision, recall and F1 from counts, 0 for empty denominators', () => {
  const cases: [number, number, number, [number, number, number]][] = [
    [3, 4, 6, [0.75, 0.5, 0.6]],
    [0, 0, 5, [0, 0, 0]],
    [0, 3, 0, [0, 0, 0]],
    [2, 2, 2, [1, 1, 1]],
  ];
  for (const [tp, predicted, gold, [p, r, f]] of cases) {
    const s = prf(tp, predicted, gold);
    assert.deepEqual([s.precision, s.recall, Number(s.f1.toFixed(6))], [p, r, f]);
  }
});

test('labelScores reads one label off a confusion matrix', () => {
  const m = confusion([
    { gold: 'supports', predicted: 'supports' },
    { gold: 'supports', predicted: 'related' },
    { gold: 'related', predicted: 'supports' },
    { gold: 'related', predicted: 'related' },
    { gold: 'contradicts', predicted: 'contradicts' },
    { gold: 'contradicts', predicted: 'supports' },
  ]);
  assert.equal(m.get('supports')?.get('related'), 1);
  const s = labelScores(m, 'supports');
  assert.deepEqual([s.truePositives, s.predicted, s.gold], [1, 3, 2]);
  const c = labelScores(m, 'contradicts');
  assert.deepEqual([c.precision, c.recall], [1, 0.5]);
  const none = labelScores(m, 'planned-vs-happened');
  assert.deepEqual([none.precision, none.recall, none.f1], [0, 0, 0]);
});

test('setScores and pairKey: order-free pairs scored as sets', () => {
  const gold = new Set([pairKey('a:1', 'b:2'), pairKey('a:1', 'c:3')]);
  const predicted = new Set([pairKey('b:2', 'a:1'), pairKey('b:2', 'c:3')]);
  const s = setScores(predicted, gold);
  assert.deepEqual([s.precision, s.recall], [0.5, 0.5]);
  assert.equal(pairKey('x', 'y'), pairKey('y', 'x'));
});

test('locateText: exact, whitespace-folded, or not found', () => {
  const cases: [string, string, [number, number, boolean] | null][] = [
    ['One. Two words here. Three.', 'Two words here.', [5, 20, true]],
    ['One.\nTwo  words\n here. Three.', 'Two words here.', [5, 22, false]],
    ['One. Two words here.', 'Four.', null],
    ['Anything', '   ', null],
  ];
  for (const [haystack, needle, expected] of cases) {
    const got = locateText(haystack, needle);
    assert.deepEqual(got && [got.start, got.end, got.exact], expected);
  }
});

test('bestOverlap picks the sentence covering most of a span', () => {
  const spans = [
    { start: 0, end: 10 },
    { start: 11, end: 30 },
    { start: 31, end: 40 },
  ];
  const cases: [number, number, number][] = [
    [12, 29, 1],
    [5, 25, 1],
    [0, 10, 0],
    [41, 50, -1],
  ];
  for (const [start, end, expected] of cases) assert.equal(bestOverlap(spans, start, end), expected);
});

test('byGoldEvent splits pairs by the gold events of their two documents and leaves out unknown documents', () => {
  const events = new Map([
    ['1_1ecb', '1A'],
    ['1_2ecb', '1A'],
    ['1_5ecbplus', '1B'],
  ]);
  const rows: [string, string][] = [
    ['1_1ecb', '1_2ecb'],
    ['1_1ecb', '1_5ecbplus'],
    ['1_2ecb', 'val-3/source-0'],
  ];
  const split = byGoldEvent(rows, (r) => r, events);
  assert.deepEqual(split.sameEvent, [['1_1ecb', '1_2ecb']]);
  assert.deepEqual(split.lookAlike, [['1_1ecb', '1_5ecbplus']]);
});
