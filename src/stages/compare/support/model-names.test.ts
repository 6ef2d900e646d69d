import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clashVerdict, judgementOf } from './verdict-of.ts';

// Invented sentences: one fact, the rifle's name spelt two ways.
const HYPHENED = 'During the search, six AK-47 rifles and 12 magazines were found on the Kelso ferry.';
const SPACED = 'During the search, six AK 47 rifles and 12 magazines were found on the Kelso ferry.';

test('"AK-47" and "AK 47" name one rifle: each spelling states the other', () => {
  assert.equal(clashVerdict(judgementOf(HYPHENED, SPACED)), 'supports');
  assert.equal(clashVerdict(judgementOf(SPACED, HYPHENED)), 'supports');
});
