import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recalledAt } from './recalled.ts';

// [sentence, the date's first word, whether it closes a comparison with a like event]
const CASES: readonly (readonly [string, string, boolean])[] = [
  ['Crews walked out on Monday, as they did in May at Kallin pier.', 'May', true],
  ['Crews walked out on Monday, as they did last May.', 'May', true],
  ['Crews walked out on Monday, as in 2023.', '2023', true],
  ['Crews walked out on Monday, just as the crews had done before in May 2023.', 'May', true],
  ['Crews walked out on Monday like in 2023.', '2023', true],
  ['The union leader was fined over the strike she led in May.', 'May', false],
  ['A jury convicted a man who killed two co-workers in September.', 'September', false],
  ['Crews met on Monday as police investigated the May 8 blaze.', 'May', false],
  ['The drought began as early as May.', 'May', false],
  ['Fares rise as of May 1.', 'May', false],
  ['As they did in May, crews walked out.', 'May', true],
  // a number's comma or point ends no clause
  ['Crews walked out on Monday, as 1,200 drivers did in May.', 'May', true],
  ['Crews walked out on Monday, as 2.5 million did in 2023.', '2023', true],
  ['Talks failed. 1,200 drivers did in May what crews do now.', 'May', false],
];

test('recalledAt: a date that closes a comparison with a like event', () => {
  for (const [text, word, expected] of CASES)
    assert.equal(recalledAt(text, text.indexOf(word)), expected, text);
});
