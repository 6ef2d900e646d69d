import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossValidate, devHalf, foldChanges, storyFold } from './summary-folds.ts';

const ids = Array.from({ length: 60 }, (_, i) => `val-${2 * i}`);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

test('stories fall in every fold, each always in the same one', () => {
  const folds = ids.map((id) => storyFold(id, 5));
  assert.deepEqual(
    [...new Set(folds)].sort((a, b) => a - b),
    [0, 1, 2, 3, 4],
  );
  assert.deepEqual(
    ids.map((id) => storyFold(id, 5)),
    folds,
  );
  // salted apart from id parity: the even ids do not all land in even folds
  assert.ok(folds.some((f) => f % 2 === 1));
});

test('the dev halves A and B: both filled, each story always in the same one, not by parity', () => {
  const halves = ids.map(devHalf);
  const a = halves.filter((h) => h === 'A').length;
  assert.ok(a > 15 && a < 45, `half A holds ${a} of ${ids.length}`);
  assert.deepEqual(ids.map(devHalf), halves);
  // the same split as two folds
  assert.deepEqual(
    ids.map((id) => (storyFold(id, 2) === 0 ? 'A' : 'B')),
    halves,
  );
});

test('the change per fold: its mean, spread and the folds above and below zero', () => {
  // a change of +0.1 on the stories of fold 0, nothing elsewhere
  const rows = ids.map((id) => ({ id, before: 0.3, after: storyFold(id, 3) === 0 ? 0.4 : 0.3 }));
  const s = foldChanges(rows, 3);
  assert.equal(
    s.folds.reduce((n, f) => n + f.n, 0),
    ids.length,
  );
  assert.ok(near(s.folds[0]?.change ?? Number.NaN, 0.1));
  assert.ok(near(s.mean, 0.1 / 3));
  assert.deepEqual([s.higher, s.lower], [1, 0]);
  assert.ok(near(s.min, 0) && near(s.max, 0.1));
  assert.ok(s.sd > 0.05);
});

test('cross-validation chooses on the other folds and scores the left-out one', () => {
  const base = new Map(ids.map((id) => [id, 0.3]));
  // "everywhere" gains on every story; "lucky" gains a lot on fold 0's stories and loses elsewhere
  const everywhere = new Map(ids.map((id) => [id, 0.32]));
  const lucky = new Map(ids.map((id) => [id, storyFold(id, 4) === 0 ? 0.9 : 0.29]));
  const cv = crossValidate(
    base,
    new Map([
      ['lucky', lucky],
      ['everywhere', everywhere],
    ]),
    4,
  );
  // left out, fold 0 is scored by the run chosen on the others ("everywhere"), and the other folds by
  // "lucky" (fold 0's luck outweighs its losses among the fitted stories), which loses there
  assert.equal(cv.choices[0]?.chosen, 'everywhere');
  assert.ok(near(cv.choices[0]?.change ?? Number.NaN, 0.02));
  for (const c of cv.choices.slice(1)) {
    assert.equal(c.chosen, 'lucky');
    assert.ok(near(c.change, -0.01));
  }
  assert.equal(cv.spread.lower, 3);
});

test('no run that beats the base by more than the margin on the other folds: the base is kept', () => {
  const base = new Map(ids.map((id) => [id, 0.3]));
  const small = new Map(ids.map((id) => [id, 0.301]));
  const worse = new Map(ids.map((id) => [id, 0.2]));
  const cv = crossValidate(
    base,
    new Map([
      ['worse', worse],
      ['small', small],
    ]),
    5,
    0.002,
  );
  assert.ok(cv.choices.every((c) => c.chosen === 'base' && c.change === 0));
  // without the margin the small gain is chosen in every fold
  const plain = crossValidate(base, new Map([['small', small]]), 5);
  assert.ok(plain.choices.every((c) => c.chosen === 'small'));
  assert.ok(near(plain.spread.mean, 0.001));
});

test('a story missing from a run is left out of every comparison', () => {
  const base = new Map([
    ['val-0', 0.3],
    ['val-2', 0.3],
  ]);
  const run = new Map([['val-0', 0.5]]);
  const cv = crossValidate(base, new Map([['run', run]]), 2);
  assert.equal(
    cv.choices.reduce((n, c) => n + c.n, 0),
    1,
  );
});
