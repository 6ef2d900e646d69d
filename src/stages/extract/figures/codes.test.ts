import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures } from './test-kit.ts';

// Numbers that are parts of a code count nothing (groups.ts, codeRunEnd).

test('figures: a phone number and a spaced web address hold no figure', () => {
  const list = figures(
    'Dial-in number: +1 800 555 0199. The harbour hired 12 pilots.',
    'Read more at harbour. com / news / 2031 / 08 / ferry-plan.',
    'Updated 4 / 9 / 2031 at noon.',
    'Posted 8 / 2 / 31.',
  );
  assert.deepEqual(
    list.map((f) => f.text),
    ['12 pilots'],
  );
});

test('figures: two numbers in a row, or a share with one slash, are still read', () => {
  const list = figures('The ferry ran 24 / 7 and carried 300 cars.', 'Of 12 40 were late.');
  assert.ok(list.some((f) => f.text === '300 cars'));
  assert.ok(list.some((f) => f.value === 24));
  // two whole numbers in a row make no code (CODE_RUN is three)
  assert.ok(list.some((f) => f.value === 12) && list.some((f) => f.value === 40));
});

test('figures: a product named by its number alone counts nothing; a count in four digits still does', () => {
  const list = figures(
    'Kestrel Mobile unveiled the Larkspur 8900 on Monday. Buyers lined up for the 8900 in Norhaven.',
    'Its new 8900 sells for $300, and the 8900’s screen is sharp.',
    'Police said the 7400 workers marched, and the 7400-strong crowd cheered.',
  );
  assert.deepEqual(
    list.map((f) => f.text),
    ['$300', '7400 workers', '7400-strong crowd'],
  );
});

test('figures: a size told with "x" or "by" counts nothing, in pixels or in feet', () => {
  const list = figures(
    'The ferry has a 480 x 360 screen, 480 by 360 pixels and a 480-by-360 display for 12 crews.',
    'The hold is 10 x 12 x 8 feet, and Ann Voss cut a 2x4 board.',
  );
  assert.deepEqual(
    list.map((f) => f.text),
    ['12 crews'],
  );
});
