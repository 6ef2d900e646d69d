import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  publishedDaySpan,
  publishedInstant,
  publishedShown,
  publishedSpanLabel,
  publishedTogether,
  publishedUtcDay,
} from './published.ts';

// newuser16 #13: an evening article is shown on the day and at the hour its outlet printed, with its
// offset, not moved to the next day by a conversion to UTC.
test('publishedShown: a time of publication in its own zone, with its offset; a date, or a date given at its midnight, as the day', () => {
  const cases: [string | null, string | null][] = [
    ['2026-10-12T09:15:00+02:00', '2026-10-12 09:15 UTC+02:00'],
    ['2026-10-12T08:30:00.000Z', '2026-10-12 08:30 UTC'],
    ['2026-11-06T21:15:00-05:00', '2026-11-06 21:15 UTC-05:00'],
    ['2026-11-06T21:15-05:00', '2026-11-06 21:15 UTC-05:00'],
    ['2026-10-12T10:30+0200', '2026-10-12 10:30 UTC+02:00'],
    ['2026-10-12T10:30+05', '2026-10-12 10:30 UTC+05:00'],
    ['2026-10-12T10:30:00+05:30', '2026-10-12 10:30 UTC+05:30'],
    ['2026-10-12T10:30:00+00:00', '2026-10-12 10:30 UTC'],
    // no zone is UTC, whatever the machine's zone
    ['2026-10-12 09:15', '2026-10-12 09:15 UTC'],
    ['2026-10-12', '2026-10-12'],
    ['2026-10-12T00:00:00+02:00', '2026-10-12'],
    ['2026-10-12T00:00:00.000Z', '2026-10-12'],
    [null, null],
    // a text with no ISO day is no date to show: ten characters of it ("Sat, 05 De") were
    ['Sat, 05 Dec 2026 19:56:03 +0000', null],
  ];
  for (const [at, shown] of cases) assert.equal(publishedShown(at), shown, String(at));
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

test("publishedDaySpan: the writers' own days, as publishedShown shows them", () => {
  // Monday 21:00 at -04:00 is Tuesday 01:00 UTC, but its outlet's Monday: the span is that one day
  assert.equal(publishedDaySpan(['2026-10-12T09:15:00+02:00', '2026-10-12T21:00:00-04:00']), '2026-10-12');
  assert.equal(
    publishedDaySpan(['2026-10-13T08:00:00Z', null, '2026-10-12T23:30:00-01:00']),
    '2026-10-12 – 2026-10-13',
  );
  // a date alone, or one given at its midnight, is its day as written
  assert.equal(publishedDaySpan(['2026-10-12T00:00:00+02:00', '2026-10-11']), '2026-10-11 – 2026-10-12');
  assert.equal(publishedDaySpan([null, undefined]), '');
  assert.equal(publishedDaySpan([]), '');
});

test("publishedSpanLabel: the days said to be of publication, each its writer's", () => {
  assert.equal(
    publishedSpanLabel(['2026-10-15T21:30:00-06:00', '2026-10-15T22:00:00-06:00']),
    'published 2026-10-15',
  );
  assert.equal(publishedSpanLabel(['2026-10-15', '2026-10-16']), 'published 2026-10-15 – 2026-10-16');
  assert.equal(publishedSpanLabel([null]), '');
});

test('publishedUtcDay: the UTC day, to order days across zones; a date alone as written', () => {
  assert.equal(publishedUtcDay('2026-11-06T21:15:00-05:00'), '2026-11-07');
  assert.equal(publishedUtcDay('2026-11-07T01:30:00+03:00'), '2026-11-06');
  assert.equal(publishedUtcDay('2026-11-06'), '2026-11-06');
  assert.equal(publishedUtcDay('2026-11-06T00:00:00-05:00'), '2026-11-06');
  assert.equal(publishedUtcDay(null), null);
});

test('publishedTogether: one instant, or one day where either gives its day alone; else no', () => {
  assert.equal(publishedTogether('2027-04-12T09:30:00+02:00', '2027-04-12T07:30:00Z'), 'time');
  assert.equal(publishedTogether('2027-04-12T09:30:00Z', '2027-04-12T09:31:00Z'), null);
  assert.equal(publishedTogether('2027-04-12', '2027-04-12T23:10:00-05:00'), 'day');
  assert.equal(publishedTogether('2027-04-12', '2027-04-13'), null);
  assert.equal(publishedTogether('2027-04-12', null), null);
});
