import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minutesOfDay, twentyFourHour } from './clock.ts';

test('twentyFourHour: a 12-hour time of day in the 24-hour clock; other numbers stay', () => {
  for (const [text, out] of [
    ['the ferry left at 6:41pm PST', 'the ferry left at 18:41 PST'],
    ['by 6 p.m. on Monday', 'by 18:00 on Monday'],
    ['at 11.30 A.M.', 'at 11:30'],
    ['at 12 a.m. sharp', 'at 00:00 sharp'],
    ['at 12:15 pm', 'at 12:15'],
    ['just after 6: 00 p. m.', 'just after 18:00'],
    ['6 boats and 40 men', '6 boats and 40 men'],
  ])
    assert.equal(twentyFourHour(text as string), out);
});

test('minutesOfDay: 12-hour times of day in any spacing, noon and midnight; a bare colon number is none', () => {
  assert.deepEqual(minutesOfDay('seen at 9. 25 am; boarded around noon'), [565, 720]);
  assert.deepEqual(minutesOfDay('At 9. 25 a. m. on Thursday, and at 3: 20 p. m.'), [565, 920]);
  assert.deepEqual(minutesOfDay('closed at midnight'), [0]);
  assert.deepEqual(minutesOfDay('won 2:10 on a 1.5 m course'), []);
});
