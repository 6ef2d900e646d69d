import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOf, isoOf } from './days.ts';
import { findDateMentions } from './mentions.ts';
import { type Precision, resolveDate, spanOf } from './resolve.ts';

test('spanOf: the first and last day of a resolved day, week, month or year', () => {
  const day = (y: number, m: number, d: number) => dayOf(y, m, d) as number;
  const cases: [Precision, number, readonly [number, number]][] = [
    ['day', day(2024, 2, 29), [day(2024, 2, 29), day(2024, 2, 29)]],
    ['week', day(2024, 2, 26), [day(2024, 2, 26), day(2024, 3, 3)]],
    ['month', day(2024, 2, 1), [day(2024, 2, 1), day(2024, 2, 29)]],
    ['year', day(2023, 1, 1), [day(2023, 1, 1), day(2023, 12, 31)]],
  ];
  for (const [precision, start, expected] of cases)
    assert.deepEqual(spanOf({ day: start, precision, relative: false }), expected, precision);
});

test('a weekday told on that weekday is that day, done or ahead (wire style); "next" is a week on', () => {
  // 2031-05-05 is a Monday; the invented sentences are written on it
  const monday = dayOf(2031, 5, 5) as number;
  const cases: [string, string][] = [
    ['The Velmar council met on Monday.', '2031-05-05'],
    ['The Velmar council meets on Monday.', '2031-05-05'],
    ['The Velmar council will meet on Monday.', '2031-05-05'],
    ['The Velmar council will meet next Monday.', '2031-05-12'],
    ['Marchers said they would return on Monday.', '2031-05-05'],
    ['The Velmar council will meet later Monday.', '2031-05-05'],
    ['The Velmar council will meet this Monday.', '2031-05-05'],
    ['The Velmar council will meet on Thursday.', '2031-05-08'],
    ['The Velmar council will meet this Friday.', '2031-05-09'],
    ['The Velmar council met last Monday.', '2031-04-28'],
  ];
  for (const [sentence, expected] of cases) {
    const [mention] = findDateMentions(sentence);
    assert.ok(mention, sentence);
    assert.equal(isoOf(resolveDate(mention, monday)?.day ?? 0), expected, sentence);
  }
});
