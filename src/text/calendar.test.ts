import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  abbreviationsOf,
  alternation,
  isCalendarWord,
  isMonthName,
  isWeekdayName,
  MONTH_ABBREVIATIONS,
  MONTH_NUMBERS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NUMBERS,
} from './calendar.ts';

test('abbreviations: the first three letters, then the longer usual ones', () => {
  const cases: [string, string[]][] = [
    ['january', ['jan']],
    ['may', []],
    ['september', ['sep', 'sept']],
    ['tuesday', ['tue', 'tues']],
    ['thursday', ['thu', 'thur', 'thurs']],
    ['sunday', ['sun']],
  ];
  for (const [name, expected] of cases) assert.deepEqual(abbreviationsOf(name), expected, name);
  assert.equal(MONTH_ABBREVIATIONS.length, 12);
  assert.equal(WEEKDAY_ABBREVIATIONS.length, 10);
});

test('names and abbreviations number months from 1 and weekdays from Sunday = 0', () => {
  const cases: [string, number | undefined][] = [
    ['january', 1],
    ['may', 5],
    ['sept', 9],
    ['sep', 9],
    ['dec', 12],
    ['constructor', undefined],
  ];
  for (const [word, month] of cases) assert.equal(MONTH_NUMBERS[word], month, word);
  assert.equal(WEEKDAY_NUMBERS.sunday, 0);
  assert.equal(WEEKDAY_NUMBERS.thurs, 4);
  assert.equal(WEEKDAY_NUMBERS.sat, 6);
});

test('an alternation tries longer words first, so a prefix never wins over its word', () => {
  assert.equal(alternation(['sep', 'september', 'sept']), 'september|sept|sep');
  assert.equal(new RegExp(`^(?:${alternation(['sep', 'sept'])})`).exec('sept.')?.[0], 'sept');
});

test('a month or weekday name in full, or also abbreviated, and nothing else', () => {
  const cases: [string, boolean, boolean, boolean][] = [
    // word, month name, weekday name, calendar word
    ['june', true, false, true],
    ['jun', false, false, true],
    ['monday', false, true, true],
    ['tues', false, false, true],
    ['sept', false, false, true],
    ['constructor', false, false, false],
    ['harbour', false, false, false],
  ];
  for (const [word, month, weekday, calendar] of cases) {
    assert.equal(isMonthName(word), month, word);
    assert.equal(isWeekdayName(word), weekday, word);
    assert.equal(isCalendarWord(word), calendar, word);
  }
});
