import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clashVerdict, judgementOf } from './verdict-of.ts';

// Invented sentences: one screen's size told with "by" and with "x" (text/dimensions.ts).
const BY = 'The Larkspur screen shows 480 by 360 pixels, Kestrel Mobile said on Monday.';
const TIMES = 'The Larkspur screen shows 480 x 360 pixels, Kestrel Mobile said on Monday.';

test('a size told with "by" and with "x" is one size: each states the other', () => {
  assert.equal(clashVerdict(judgementOf(BY, TIMES)), 'supports');
  assert.equal(clashVerdict(judgementOf(TIMES, BY)), 'supports');
});
