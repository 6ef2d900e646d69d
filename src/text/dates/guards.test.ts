import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DATE_RULES, findDateMentions } from './mentions.ts';

// Pieces of date expressions and of the words around them, in any case, glued with spaces,
// punctuation or nothing: texts where the patterns match, nearly match and do not match.
const PIECES = [
  ...['January', 'MAY', 'sept.', 'Dec', 'Sept', 'march', 'mid-', 'early', 'in', 'since', 'last', 'next'],
  ...['Monday', 'tues.', 'Thurs.', 'SAT.', 'sun', "Thursday's", 'night', 'Super', 'Good', 'this'],
  ...['week', 'weeks', 'MONTH', 'year', 'ago', 'AGO', 'two', 'a', 'an', 'ten', 'the', 'of', 'earlier'],
  ...['today', 'Tonight', 'yesterday', 'tomorrow', 'morning', 'evening', 'will', 'said', 'x'],
  ...['27', '5th', '2023', '1999', '12/27/2023', '2023-12-27', '3', '31st', '0'],
];
const GLUE = [' ', '  ', ', ', '. ', '-', '/', '', '\n', '’s '];

const texts = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { maxLength: 12 })
  .map((parts) => parts.map(([piece, glue]) => piece + glue).join(''));

test('a date rule’s guard matches every text its pattern matches in', () => {
  fc.assert(
    fc.property(texts, (text) => {
      for (const [pattern, , guard] of DATE_RULES) {
        pattern.lastIndex = 0;
        const matches = pattern.test(text);
        pattern.lastIndex = 0;
        if (matches) assert.ok(guard.test(text), `${pattern.source.slice(0, 40)}… matches ${text}`);
      }
    }),
    { numRuns: 3000 },
  );
});

test('texts without a guard’s words hold no date', () => {
  for (const text of ['The ferry stops for repairs.', 'Officials said nothing new about the plan.'])
    assert.deepEqual(findDateMentions(text), []);
  assert.equal(findDateMentions('They met last Thursday, two weeks ago.').length, 2);
});
