import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOf } from './days.ts';
import { relativeYearsIn } from './relative-years.ts';

test('relativeYearsIn: a year told from the day of writing, by the shared date reader', () => {
  const written = dayOf(2026, 3, 4) as number;
  assert.deepEqual(relativeYearsIn('The blast killed 40 workers two years ago.', written), [2024]);
  assert.deepEqual(relativeYearsIn('The blast killed 40 workers a year ago.', written), [2025]);
  assert.deepEqual(relativeYearsIn('The plant reopened last year.', written), [2025]);
  assert.deepEqual(relativeYearsIn('The plant closed earlier this year.', written), [2026]);
  assert.deepEqual(relativeYearsIn('The plant will reopen next year.', written), [2027]);
  // the word in any case (a text without it is not read: relativeYearsIn's pre-test)
  assert.deepEqual(relativeYearsIn('THE PLANT CLOSED TWO YEARS AGO.', written), [2024]);
  assert.deepEqual(relativeYearsIn('Last Year the plant closed.', written), [2025]);
  // no one year: the twelve months up to the day of writing, a span of days, a year written out
  for (const none of [
    'Output rose over the past year.',
    'The blast killed 40 workers two weeks ago.',
    'The blast killed 40 workers in 2019.',
  ])
    assert.deepEqual(relativeYearsIn(none, written), [], none);
});
