import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishedInstant, publishedUtc } from './published.ts';

test('publishedUtc: a time of publication in one zone, UTC; a date, or a date given at its midnight, as the day', () => {
  const cases: [string | null, string | null][] = [
    ['2026-10-12T09:15:00+02:00', '2026-10-12 07:15 UTC'],
    ['2026-10-12T08:30:00.000Z', '2026-10-12 08:30 UTC'],
    ['2026-10-12T21:00:00-04:00', '2026-10-13 01:00 UTC'],
    ['2026-10-12T10:30+0200', '2026-10-12 08:30 UTC'],
    // no zone is UTC, whatever the machine's zone
    ['2026-10-12 09:15', '2026-10-12 09:15 UTC'],
    ['2026-10-12', '2026-10-12'],
    ['2026-10-12T00:00:00+02:00', '2026-10-12'],
    ['2026-10-12T00:00:00.000Z', '2026-10-12'],
    [null, null],
  ];
  for (const [at, shown] of cases) assert.equal(publishedUtc(at), shown, String(at));
});

test('publishedInstant: two zones compare as instants, not as text', () => {
  // Fenwire's 09:15 at +02:00 was 75 minutes before the Ledger's 08:30 UTC (as text it sorts after)
  const fenwire = '2026-10-12T09:15:00+02:00';
  const ledger = '2026-10-12T08:30:00.000Z';
  assert.ok(fenwire > ledger);
  assert.equal(publishedInstant(ledger) - publishedInstant(fenwire), 75 * 60_000);
  assert.equal(publishedInstant('2026-10-12T10:30+02'), publishedInstant(ledger));
  assert.ok(Number.isNaN(publishedInstant(null)));
  assert.ok(Number.isNaN(publishedInstant('Monday')));
});
