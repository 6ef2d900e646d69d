import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type CvRow,
  chooseThreshold,
  crossValidate,
  rocArea,
  shareThreshold,
  validateSplit,
} from './support-cv.ts';

const s = (score: number, gold: boolean) => ({ score, gold });

test('chooseThreshold: the lowest cut that reaches the target, keeping equal scores together', () => {
  const scored = [s(0.9, true), s(0.8, true), s(0.7, true), s(0.6, false), s(0.5, true), s(0.4, false)];
  // all: 4 of 6; above 0.4: 4 of 5; above 0.6: 3 of 3
  assert.equal(chooseThreshold(scored, 0.8, 0), 0.5);
  assert.equal(chooseThreshold(scored, 0.95, 0), 0.7);
  // at least two thirds kept: the best of the cuts that keep 4 or more
  assert.equal(chooseThreshold(scored, 0.95, 0.66), 0.5);
  assert.equal(chooseThreshold([s(0.9, true), s(0.8, true)], 0.97, 0), Number.NEGATIVE_INFINITY);
  // a tie of a true and a false case is kept or vetoed whole
  assert.equal(chooseThreshold([s(0.9, true), s(0.5, true), s(0.5, false)], 0.9, 0), 0.9);
});

test('shareThreshold: the score under which the lowest share lies; none for a share of 0', () => {
  const scored = [s(0.4, true), s(0.1, false), s(0.3, true), s(0.2, true)];
  assert.equal(shareThreshold(scored, 0.25), 0.2);
  assert.equal(shareThreshold(scored, 0.5), 0.3);
  assert.equal(shareThreshold(scored, 0), Number.NEGATIVE_INFINITY);
});

test('validateSplit with a share to demote: that share of the training supports, whatever their precision', () => {
  const split = validateSplit(
    rows.filter((r) => r.fold !== 0),
    rows.filter((r) => r.fold === 0),
    ['x'],
    { ...options, demote: 0.25 },
  );
  assert.ok(Number.isFinite(split.threshold));
  assert.ok(split.veto.predicted < split.judge.predicted);
});

test('rocArea: 1 when every true case scores above every false one, 0.5 for ties', () => {
  assert.equal(rocArea([s(0.9, true), s(0.8, true), s(0.1, false)]), 1);
  assert.equal(rocArea([s(0.5, true), s(0.5, false)]), 0.5);
  assert.ok(Number.isNaN(rocArea([s(0.5, true)])));
});

// Invented rows in five folds: the judge's supports, false where the one feature is low.
const rows: CvRow[] = [];
for (let i = 0; i < 200; i++) {
  const x = (i % 20) / 20;
  const judged = i % 4 !== 3;
  rows.push({ fold: i % 5, gold: judged ? x > 0.15 : i % 8 === 3, judged, x: [x], trains: judged });
}
const options = { folds: 5, target: 0.97, penalty: 1, minKeep: 0.5 };

test('crossValidate: the veto only demotes, per fold; pooled counts are the folds summed', () => {
  const cv = crossValidate(rows, ['x'], options);
  assert.equal(cv.byFold.length, 5);
  assert.equal(cv.judge.predicted, rows.filter((r) => r.judged).length);
  assert.equal(cv.judge.gold, rows.filter((r) => r.gold).length);
  assert.ok(cv.veto.predicted <= cv.judge.predicted && cv.veto.truePositives <= cv.judge.truePositives);
  assert.equal(
    cv.byFold.reduce((n, f) => n + f.veto.predicted, 0),
    cv.veto.predicted,
  );
  assert.ok(cv.judge.precision < 0.9 && cv.veto.precision >= 0.97);
  assert.equal(cv.outOfFold.length, cv.judge.predicted);
});

test('validateSplit: no veto when the training rows already reach the target', () => {
  const clean = rows.map((r) => (r.fold === 0 ? r : { ...r, gold: r.judged || r.gold }));
  const split = validateSplit(
    clean.filter((r) => r.fold !== 0),
    clean.filter((r) => r.fold === 0),
    ['x'],
    options,
  );
  assert.equal(split.threshold, Number.NEGATIVE_INFINITY);
  assert.deepEqual(split.veto, split.judge);
});
