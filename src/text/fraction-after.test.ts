import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresOf } from '../stages/extract/test-figures.ts';
import { hyphenedFraction } from './fraction-after.ts';
import { type ClaimFigure, valuesAgree } from './quantities.ts';

const HOUR = 1 / 24;
const YEAR = 365;

// A whole number with its fraction is one value, however it is written; a fraction that is a name
// ("24/7", "9/11") or a season ("2022/23") adds nothing.
const VALUES: [string, number[]][] = [
  ['The rescue took four and a half hours.', [4.5 * HOUR]],
  ['The rescue took 4 1/2 hours.', [4.5 * HOUR]],
  ['The rescue took 4½ hours.', [4.5 * HOUR]],
  ['The rescue took 4 and a half hours.', [4.5 * HOUR]],
  ['He went back to prison for 2-1/2 years.', [2.5 * YEAR]],
  ['The port has been shut for a year and a half.', [1.5 * YEAR]],
  ['The talks went on for an hour and a quarter.', [1.25 * HOUR]],
  ['Nearly two and a half million tourists came.', [2_500_000]],
  ['About one and a half million people voted.', [1_500_000]],
  ['They bought two and a half dozen eggs.', [30]],
  // "a half million" after a unit is another figure, not a half year
  ['They spent ten years and a half million dollars on it.', [10 * YEAR]],
  ['The shop is open 24/7 and employs 300 people.', [300]],
  ['Since 9/11 the agency hired 300 guards.', [300]],
  ['In the 2022/23 season the club sold 300 seats.', [300]],
  // an improper fraction after a number is no part of it
  ['The team lost 12 5/4 times.', [12]],
];

for (const [sentence, values] of VALUES)
  test(`values in: ${sentence}`, () => {
    const found = figuresOf(sentence).map((f) => f.value);
    assert.equal(found.length, values.length, JSON.stringify(found));
    values.forEach((v, i) => {
      assert.ok(Math.abs((found[i] as number) - v) < 1e-9, `${found[i]} is not ${v}`);
    });
  });

test('a number with its fraction agrees with the same value only', () => {
  const one = (s: string) => figuresOf(s)[0] as ClaimFigure;
  assert.equal(
    valuesAgree(one('The rescue took 4 1/2 hours.'), one('The rescue took four and a half hours.')),
    true,
  );
  assert.equal(
    valuesAgree(one('The rescue took four and a half hours.'), one('The rescue took four hours.')),
    false,
  );
  assert.equal(valuesAgree(one('The rescue took 2-1/2 years.'), one('The rescue took two years.')), false);
  // written in digits: the figure is not worded
  assert.equal(one('He served 2-1/2 years.').worded, false);
});

test('a hyphened fraction: a proper fraction after the whole number only', () => {
  assert.deepEqual(hyphenedFraction('2-1/2'), { value: 2.5, whole: '2' });
  assert.equal(hyphenedFraction('3-4/3'), null);
  assert.equal(hyphenedFraction('3-1'), null);
  assert.equal(hyphenedFraction('24/7'), null);
});
