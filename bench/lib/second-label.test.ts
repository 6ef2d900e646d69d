import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agreement, contextBefore, itemIdOf, roundFigures, sampleRound, shuffled } from './second-label.ts';

test('itemIdOf is stable and opaque: no part of the pair id shows', () => {
  assert.equal(itemIdOf('p1c9e0f3a'), itemIdOf('p1c9e0f3a'));
  assert.notEqual(itemIdOf('p1c9e0f3a'), itemIdOf('p1c9e0f3b'));
  assert.match(itemIdOf('p1c9e0f3a'), /^i[0-9a-f]{10}$/);
  assert.ok(!itemIdOf('p1c9e0f3a').includes('1c9e0f3a'));
});

test('sampleRound keeps every supports verdict and as many others, the same whatever the order', () => {
  const rows = [
    ...['a', 'b', 'c'].map((pairId) => ({ pairId, judge: 'supports' })),
    ...['d', 'e', 'f', 'g', 'h', 'i', 'j'].map((pairId) => ({ pairId, judge: 'related' })),
    { pairId: 'k', judge: null },
  ];
  const picked = sampleRound(rows);
  assert.equal(picked.length, 6);
  assert.deepEqual(
    picked.filter((r) => r.judge === 'supports').map((r) => r.pairId),
    ['a', 'b', 'c'],
  );
  const ids = (xs: { pairId: string }[]) => xs.map((r) => r.pairId).sort();
  assert.deepEqual(ids(sampleRound([...rows].reverse())), ids(picked));
  assert.equal(sampleRound(rows, 2).length, 9);
  // fewer others than asked: all of them
  assert.equal(sampleRound(rows, 5).length, rows.length);
});

test('shuffled orders by item id, not by the order given', () => {
  const items = [{ item: 'i9' }, { item: 'i1' }, { item: 'i5' }];
  assert.deepEqual(
    shuffled(items).map((i) => i.item),
    ['i1', 'i5', 'i9'],
  );
});

test('contextBefore starts at a sentence start in reach, else at a word, and folds space', () => {
  const raw = 'The mayor opened the pier.  She said it cost $4 million. Crowds came.';
  const at = raw.indexOf('Crowds');
  assert.equal(contextBefore(raw, at, 40), 'She said it cost $4 million.');
  assert.equal(contextBefore(raw, at, 200), 'The mayor opened the pier. She said it cost $4 million.');
  assert.equal(contextBefore(raw, at, 20), 'cost $4 million.');
  assert.equal(contextBefore(raw, 0, 50), '');
});

test("agreement: share and Cohen's kappa", () => {
  const rows = [
    ...Array.from({ length: 20 }, () => ({ a: 'x', b: 'x' })),
    ...Array.from({ length: 5 }, () => ({ a: 'x', b: 'y' })),
    ...Array.from({ length: 10 }, () => ({ a: 'y', b: 'x' })),
    ...Array.from({ length: 15 }, () => ({ a: 'y', b: 'y' })),
  ];
  // observed 0.7; expected 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa 0.4
  const a = agreement(rows);
  assert.equal(a.n, 50);
  assert.equal(a.share, 0.7);
  assert.equal(Number(a.kappa.toFixed(6)), 0.4);
  assert.deepEqual(agreement([]), { n: 0, share: 0, kappa: 0 });
  assert.equal(agreement([{ a: 'x', b: 'x' }]).kappa, 1);
});

test("roundFigures: the judge's supports precision under each labelling and where both agree", () => {
  const f = roundFigures([
    { first: 'supports', second: 'supports', judge: 'supports' },
    { first: 'supports', second: 'related', judge: 'supports' },
    { first: 'related', second: 'related', judge: 'supports' },
    { first: 'related', second: 'supports', judge: 'related' },
    { first: 'contradicts', second: 'related', judge: 'contradicts' },
  ]);
  assert.equal(f.n, 5);
  assert.deepEqual(f.underFirst, { right: 2, of: 3 });
  assert.deepEqual(f.underSecond, { right: 1, of: 3 });
  assert.deepEqual(f.bothAgree, { right: 1, of: 2 });
  assert.deepEqual(f.cells, [
    ['related/related', 1],
    ['supports/related', 1],
    ['supports/supports', 1],
  ]);
  assert.equal(f.fourLabels.share, 0.4);
  assert.equal(f.supportsOrNot.share, 0.6);
});
