import assert from 'node:assert/strict';
import { test } from 'node:test';
import { before, firstPublished } from './difference-times.ts';

test('the first of some times of publication, read in their zones', () => {
  assert.equal(firstPublished(['2026-03-04T09:00:00Z', '2026-03-03']), Date.UTC(2026, 2, 3));
  // 09:15 at +02:00 is before 08:30 UTC
  assert.equal(
    firstPublished(['2026-03-04T08:30:00Z', '2026-03-04T09:15:00+02:00']),
    Date.UTC(2026, 2, 4, 7, 15),
  );
  assert.ok(Number.isNaN(firstPublished(['2026-03-04', null])));
  assert.equal(firstPublished([]), Number.POSITIVE_INFINITY);
});

test('a time is before another as instants when both are timed, else by their days', () => {
  assert.ok(before('2026-03-04T09:15:00+02:00', '2026-03-04T08:30:00Z'));
  assert.ok(!before('2026-03-04', '2026-03-04T09:00:00Z'));
  assert.ok(before('2026-03-03', '2026-03-04T09:00:00Z'));
  assert.ok(!before(null, '2026-03-04'));
});
