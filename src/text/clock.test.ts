import assert from 'node:assert/strict';
import { test } from 'node:test';
import { twentyFourHour } from './clock.ts';

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
