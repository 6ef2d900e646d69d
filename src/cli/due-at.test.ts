import assert from 'node:assert/strict';
import test from 'node:test';
import { dueAt } from './due-at.ts';

test("dueAt: a time of today's date (UTC) alone, another day's with its date", () => {
  const now = Date.parse('2026-12-05T21:00:00Z');
  assert.equal(dueAt(Date.parse('2026-12-05T23:10:41Z'), now), '23:10:41 UTC');
  // after midnight UTC, or a day on: '20:10:41' alone read as today's
  assert.equal(dueAt(Date.parse('2026-12-06T00:10:41Z'), now), '2026-12-06 00:10:41 UTC');
  assert.equal(dueAt(Date.parse('2026-12-06T20:10:41Z'), now), '2026-12-06 20:10:41 UTC');
});
