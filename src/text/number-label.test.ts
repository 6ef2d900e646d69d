import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresOf } from '../stages/extract/test-figures.ts';

// A number that names is a label, not a count (number-label.ts), as the support judge reads figures:
// its noun is the unit ("Route 52" is 52 of the unit "route"), nothing is counted.

const read = (text: string) => figuresOf(text).map((f) => [f.value, f.unit, f.counts, f.rate]);

test('a number that names is a label: its noun the unit, no count, no rate', () => {
  assert.deepEqual(read('Ostby Coaches said routes 3, 5, 8 and 11 would run every hour from May.'), [
    [3, 'route', null, null],
    [5, 'route', null, null],
    [8, 'route', null, null],
    [11, 'route', null, null],
  ]);
  assert.deepEqual(
    read('Trains leave from platform 4 and Gate 12; Ward 6, Room 101 and Highway 1 stay shut.'),
    [
      [4, 'platform', null, null],
      [12, 'gate', null, null],
      [6, 'ward', null, null],
      [101, 'room', null, null],
      [1, 'highway', null, null],
    ],
  );
  assert.deepEqual(read('Route 9 and 12 people were stranded.'), [
    [9, 'route', null, null],
    [12, null, 'person', null],
  ]);
});

test('a label noun in lower case before a counted noun still counts', () => {
  assert.equal(read('She waited in line 3 hours.')[0]?.[1], 'days');
  assert.deepEqual(read('The bus 42 people boarded broke down.'), [[42, null, 'person', null]]);
});

test('a label noun read as a verb counts what follows (invented; fails before)', () => {
  assert.deepEqual(read('The council voted to block 300 more homes on the estate.')[0]?.[1], null);
  assert.deepEqual(read('The new stand will seat 4000 more fans.')[0]?.[1], null);
  assert.deepEqual(read('Ostby Coaches will exit 2 of its depots next year.')[0]?.[1], null);
  assert.deepEqual(read('Flooding will close route 9 on Friday.'), [[9, 'route', null, null]]);
});

test('a step of a series names one, before a counted noun too (newuser25 #5; fails before)', () => {
  assert.deepEqual(read('Marovant was tested in a phase 3 trial run by the Eastgate Institute.'), [
    [3, 'phase', null, null],
  ]);
});
