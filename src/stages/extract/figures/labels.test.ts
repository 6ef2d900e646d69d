import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures } from './test-kit.ts';

const texts = (...list: string[]) => figures(...list).map((f) => f.text);

test('figures: a street address counts nothing', () => {
  assert.deepEqual(
    texts('At night he was driven back to 412 Harbor Street, 12 Park Ave. or 40 East 5th Avenue.'),
    [],
  );
  assert.deepEqual(texts('The crew fixed 12 Harbor Street lamps and 40 streets.'), [
    '12 Harbor Street lamps',
    '40 streets',
  ]);
});

test('figures: a rank after "No." counts nothing', () => {
  assert.deepEqual(
    texts('Ross, the No. 3 figure in the firm before he left, testified against 2 partners.'),
    ['2 partners'],
  );
});

test('figures: an hour told with the part of the day, not a clock word, counts nothing', () => {
  assert.deepEqual(texts('About 9 or 10 the next morning, he would reappear with 2 guards.'), ['2 guards']);
  assert.deepEqual(texts('They met at 8 that evening, and police found 12 that night.'), ['12']);
  assert.deepEqual(texts('At 6 in the morning attack, 3 died.'), ['6', '3']);
});

test('figures: a time of day in four digits counts no hours, a length of time in hours does', () => {
  assert.deepEqual(
    texts(
      'The convoy left at 1100 hrs, the tug at 0930 hours local time and the barge at 1630 IST with 3 crews.',
    ),
    ['3 crews'],
  );
  assert.deepEqual(texts('By 1400 hours the divers had logged 1200 hours and 1100 hours of work.'), [
    '1200 hours',
    '1100 hours of work',
  ]);
  assert.deepEqual(texts('The tremor struck at 1353 (1023 GMT) and cut power to 40 homes.'), ['40 homes']);
  assert.deepEqual(
    figures('The pilot logged 1200 hrs last year and 1100 hrs of flight time.').map((f) => [
      f.text,
      f.unit,
      f.counts,
    ]),
    [
      ['1200 hrs', 'hours', null],
      ['1100 hrs of flight time', 'hours', 'flight time'],
    ],
  );
});

test('figures: a number after a place that opens its clause counts what follows it', () => {
  assert.deepEqual(texts('In Oslo 300 people marched, and in Lisbon 40 homes burned.'), [
    '300 people',
    '40 homes',
  ]);
  assert.deepEqual(texts('Crews inspected a Boeing 737 and 12 jets.'), ['12 jets']);
});

test('figures: a unit of data, frequency, resolution or cents is a measure, glued or spaced, no count of it', () => {
  const read = (text: string) => figures(text).map((f) => [f.text, f.unit, f.counts]);
  // before a noun it measures the noun, as a hyphened unit does ("a 12-megapixel camera")
  assert.deepEqual(read('The Orla tablet has a 1.2GHz chip, 4 GB of memory and a 12-megapixel camera.'), [
    ['1.2GHz chip', 'gigahertz', 'chip'],
    ['4 GB of memory', 'gigabytes', 'memory'],
    ['12-megapixel camera', 'megapixels', 'camera'],
  ]);
  assert.deepEqual(read('It streams at 20 Mbps from a 64GB card with 264 ppi, and 3 buyers paid 49 cents.'), [
    ['20 Mbps', 'megabits per second', null],
    ['64GB card', 'gigabytes', 'card'],
    ['264 ppi', 'pixels per inch', null],
    ['3 buyers', null, 'buyers'],
    ['49 cents', 'cents', null],
  ]);
  // "8GB", "8 gigabytes" and "an 8 gigabyte card" are one measure; "a 3.2 megapixel" is 3.2 megapixels
  const merged = figures('The Orla holds 8GB.', 'The Orla tablet holds 8 gigabytes.');
  assert.deepEqual(
    merged.map((f) => [f.value, f.unit, f.occurrences.length]),
    [[8, 'gigabytes', 2]],
  );
  assert.deepEqual(read('It has a 3.2 megapixel camera and a 1 megapixel sensor.'), [
    ['3.2 megapixel camera', 'megapixels', 'camera'],
    ['1 megapixel sensor', 'megapixel', 'sensor'],
  ]);
});

test('figures: the number after "version" names a version and counts nothing', () => {
  assert.deepEqual(texts('The Orla runs Bluetooth version 2.0 and firmware revision 3, and 4 phones do.'), [
    '4 phones',
  ]);
  assert.deepEqual(texts('Version 3.1 of the app reached 12 stores.'), ['12 stores']);
});

test('figures: a number that names counts nothing, and a bare number takes no rate of its verb', () => {
  const list = figures(
    'Ostby Coaches said routes 3, 5, 8 and 11 would run every hour instead of every 20 minutes.',
  );
  assert.deepEqual(
    list.map((f) => [f.text, f.period]),
    [['20 minutes', null]],
  );
  assert.deepEqual(
    figures('The plant made 300 cars an hour, and 7 would close every week.').map((f) => [f.text, f.period]),
    [
      ['300 cars', 'an hour'],
      ['7', null],
    ],
  );
});
