import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOf } from './days.ts';
import { type DayOfEvent, dayOfEvent, eventDayKeys } from './event-days.ts';

const TUESDAY = dayOf(2023, 12, 26) as number;
const dated: DayOfEvent = { monthDay: '12-26', year: 2023, weekday: 'tuesday' };
const undated: DayOfEvent = { monthDay: null, year: null, weekday: 'tuesday' };
const noYear: DayOfEvent = { monthDay: '12-26', year: null, weekday: null };
const statement: DayOfEvent = { monthDay: '12-28', year: 2023, weekday: 'thursday', reported: true };

test('dayOfEvent: a day only when month, day and year are known', () => {
  assert.equal(dayOfEvent(dated), TUESDAY);
  assert.equal(dayOfEvent(undated), null);
  assert.equal(dayOfEvent(noYear), null);
  assert.equal(dayOfEvent({ monthDay: '02-30', year: 2023, weekday: null }), null);
});

/** [weekdays option, dates, expected keys]. */
const CASES: [Parameters<typeof eventDayKeys>[1], DayOfEvent[], string[]][] = [
  // the side that gives both: a dated Tuesday is also "tuesday", so an undated "on Tuesday" meets it
  ['always', [dated, undated], [`d${TUESDAY}`, 'wtuesday', 'wtuesday']],
  // the weekday only where the date resolved to no day
  ['undated', [dated, undated], [`d${TUESDAY}`, 'wtuesday']],
  ['undated', [noYear], []],
  // days only: a weekday alone dates nothing
  ['never', [dated, undated], [`d${TUESDAY}`]],
  // the day of a statement ("said Thursday") is no day of the event, whatever the option
  ['always', [statement], []],
  ['never', [statement, dated], [`d${TUESDAY}`]],
];

for (const [weekdays, dates, keys] of CASES)
  test(`eventDayKeys (${weekdays}): ${JSON.stringify(keys)}`, () => {
    assert.deepEqual(eventDayKeys(dates, weekdays), keys);
  });
