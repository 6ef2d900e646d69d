import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hasLetter, hasWordChar, lookupOf } from './text.ts';

const CASES: readonly [string, boolean, boolean][] = [
  ['', false, false],
  ['word', true, true],
  ['Zeta', true, true],
  ['42', false, true],
  ['$4.5', false, true],
  ['—', false, false],
  ['[`@{', false, false],
  ['…é', true, true],
  ['“', false, false],
  ['٣', false, true],
  ['-Ω', true, true],
];

test('hasLetter and hasWordChar: table', () => {
  for (const [text, letter, word] of CASES) {
    assert.equal(hasLetter(text), letter, text);
    assert.equal(hasWordChar(text), word, text);
  }
});

test('hasLetter and hasWordChar say what their regexes say, for any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 8 }), (text) => {
      assert.equal(hasLetter(text), /\p{L}/u.test(text));
      assert.equal(hasWordChar(text), /[\p{L}\p{N}]/u.test(text));
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 8 }), (text) => {
      assert.equal(hasLetter(text), /\p{L}/u.test(text));
      assert.equal(hasWordChar(text), /[\p{L}\p{N}]/u.test(text));
    }),
    { numRuns: 2000 },
  );
});

test('lookupOf answers as the keyed look-up of its table, names of Object.prototype included', () => {
  const table: Readonly<Record<string, number>> = { today: 0, yesterday: -1, week: 7 };
  const lookup = lookupOf(table);
  const words = ['today', 'yesterday', 'week', 'weeks', 'Today', '', 'constructor', 'toString', '__proto__'];
  for (const w of words) assert.equal(lookup(w), table[w], w);
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.constantFrom(...words)), (w) => {
      assert.equal(lookup(w), table[w]);
      assert.equal(lookup(w) !== undefined, w in table);
    }),
  );
});
