import assert from 'node:assert/strict';
import test from 'node:test';
import { givesDate, laterVersion, latestVersion } from './versions.ts';

// Which of two versions of one page changed later: analyze and the store's ingest read the same one.
test('a change time: modifiedAt, never before its own publication; a date alone compared by day', () => {
  const at = (publishedAt: string | null, modifiedAt?: string) => ({ publishedAt, modifiedAt });
  const cases: [string, ReturnType<typeof at>, ReturnType<typeof at>, 1 | -1 | null][] = [
    [
      'a later modifiedAt',
      at('2026-11-18T10:00:00+01:00', '2026-11-19T09:00:00+01:00'),
      at('2026-11-18T10:00:00+01:00'),
      1,
    ],
    [
      'a later publishedAt, no modifiedAt',
      at('2026-11-19T09:00:00+01:00'),
      at('2026-11-18T10:00:00+01:00'),
      1,
    ],
    ['times of two zones as instants', at('2026-11-18T10:00:00+02:00'), at('2026-11-18T09:30:00Z'), -1],
    [
      'a date-only modifiedAt on the day of the other time',
      at('2026-11-18T10:00:00+01:00', '2026-11-18'),
      at('2026-11-18T10:00:00+01:00'),
      null,
    ],
    [
      'a date written as its midnight is a day',
      at('2026-11-18T00:00:00Z'),
      at('2026-11-18T10:00:00+01:00'),
      null,
    ],
    [
      'a date-only modifiedAt a day later',
      at('2026-11-18T10:00:00+01:00', '2026-11-19'),
      at('2026-11-18T10:00:00+01:00'),
      1,
    ],
    [
      'a modifiedAt before its publication is its publication',
      at('2026-11-18T12:00:00Z', '2026-11-17'),
      at('2026-11-18T11:00:00Z'),
      1,
    ],
    ['the same time', at('2026-11-18T10:00:00Z'), at('2026-11-18T10:00:00Z'), null],
    ['no date', at(null), at('2026-11-18T10:00:00Z'), null],
  ];
  for (const [what, a, b, want] of cases) {
    assert.equal(laterVersion(a, b), want, what);
    assert.equal(laterVersion(b, a), want === null ? null : -want, `${what} (reversed)`);
  }
});

test('the latest of several versions, none when two orders are not known', () => {
  const v = (publishedAt: string) => ({ publishedAt });
  const [a, b, c] = [v('2026-11-17T08:00:00Z'), v('2026-11-18T08:00:00Z'), v('2026-11-19')];
  assert.equal(latestVersion([a, c, b]), c);
  assert.equal(latestVersion([a, b, v('2026-11-18')]), undefined);
});

test('a version gives a date when its publishedAt or modifiedAt reads as one', () => {
  assert.equal(givesDate({ publishedAt: '2026-11-18T10:00:00+01:00' }), true);
  assert.equal(givesDate({ publishedAt: null, modifiedAt: '2026-11-18' }), true);
  assert.equal(givesDate({}), false);
  assert.equal(givesDate({ publishedAt: 'soon' }), false);
});
