import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareRuns } from './summary-compare.ts';

const story = (id: string, r1: number, text: string) => ({ id, r1, summary: [{ text }] });

test('two runs compared story by story: the change, the summaries changed, each half', () => {
  const before = [
    story('val-0', 0.3, 'a'),
    story('val-2', 0.4, 'b'),
    story('val-4', 0.5, 'c'),
    story('val-6', 0.2, 'd'),
  ];
  const after = [
    story('val-6', 0.2, 'd'),
    story('val-4', 0.4, 'c2'),
    story('val-2', 0.4, 'b'),
    story('val-0', 0.5, 'a2'),
  ];
  const c = compareRuns(before, after);
  assert.equal(c.n, 4);
  assert.equal(c.changed, 2);
  assert.deepEqual([c.higher, c.lower], [1, 1]);
  // halves by id number, not by the order of the lines: val-0 and val-2, then val-4 and val-6
  assert.ok(Math.abs((c.halves[0] as number) - 0.1) < 1e-9);
  assert.ok(Math.abs((c.halves[1] as number) + 0.05) < 1e-9);
  assert.ok(Math.abs(c.gain - 0.025) < 1e-9);
  assert.ok(Math.abs(c.after - c.before - c.gain) < 1e-9);
});

test('a story in one run only is left out of the comparison', () => {
  const c = compareRuns([story('val-0', 0.3, 'a')], [story('val-0', 0.3, 'a'), story('val-2', 0.9, 'b')]);
  assert.equal(c.n, 1);
  assert.equal(c.gain, 0);
  assert.equal(c.changed, 0);
});
