import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type BandRow, bandsOf, FEATURES } from './support-bands.ts';

const row = (gold: string, predicted: string, cover: number, path: BandRow['path'] = 'normal'): BandRow => ({
  gold,
  predicted,
  cover,
  path,
  claim: null,
  evidence: null,
});
const cover = FEATURES.find((f) => f.name === 'cover');

test('bands of cover: the judge’s supports in each band, and P / R of a floor at its lower edge', () => {
  assert.ok(cover);
  const rows = [
    row('supports', 'supports', 0.95),
    row('supports', 'supports', 0.72),
    row('related', 'supports', 0.6),
    row('supports', 'related', 0.5),
  ];
  const bands = bandsOf(rows, cover);
  const at = (low: number) => bands.find((b) => b.low === low);
  assert.deepEqual([at(0.55)?.correct, at(0.55)?.predicted], [0, 1]);
  assert.deepEqual([at(0.7)?.correct, at(0.7)?.predicted], [1, 1]);
  // no floor: 2 of 3 right, of 3 gold; a floor at 0.65 leaves the two right ones
  assert.deepEqual([at(0.35)?.floorCorrect, at(0.35)?.floorPredicted, at(0.35)?.floorRecall], [2, 3, 2 / 3]);
  assert.deepEqual([at(0.65)?.floorCorrect, at(0.65)?.floorPredicted, at(0.65)?.floorPrecision], [2, 2, 1]);
});

test('a floor on one path leaves the other paths’ supports as they are', () => {
  assert.ok(cover);
  const rows = [row('related', 'supports', 0.6, 'bare'), row('related', 'supports', 0.6, 'anchored')];
  const bare = bandsOf(rows, cover, 'bare').find((b) => b.low === 0.9);
  assert.deepEqual([bare?.floorPredicted, bare?.floorCorrect], [1, 0]);
});
