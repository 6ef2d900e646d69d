import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MARKS, PIECES, paragraphsOf } from './fixtures/invented.ts';
import { CLOSER_OF, isApostrophe } from './marks.ts';
import { quotedRegions } from './regions.ts';

// Invented lines, one paragraph each unless split by "\n": what quotedRegions takes for quoted.
const regionsOf = (text: string): string[] =>
  quotedRegions(text, paragraphsOf(text)).map((r) => text.slice(r.start, r.end));

const CASES: [string, string[]][] = [
  ['The mayor said «non» and „ja“ to the pier.', ['«non»', '„ja“']],
  // apostrophes open and close nothing: inside a word, before a word, before a decade
  ["Don't say the ‘people’s choice’ won, Ngũgĩ's aide said.", ['‘people’s choice’']],
  ['She called it ‘the ’90s all over’ on Monday.', ['‘the ’90s all over’']],
  ['A 12" pipe burst.\nIt held.', ['" pipe burst.']],
  [
    '“We will rebuild, ‘brick by brick,’ and soon,” she said.',
    ['“We will rebuild, ‘brick by brick,’ and soon,”'],
  ],
  ['“It runs on\nand on”', ['“It runs on']],
  // scrapes mix curly and straight double marks: either closes what either opened
  ['He said “we will rebuild," then left, and "soon” too.', ['“we will rebuild,"', '"soon”']],
];

for (const [text, expected] of CASES)
  test(`quoted regions of: ${text.replace(/\n/g, ' | ')}`, () => assert.deepEqual(regionsOf(text), expected));

test('isApostrophe: a mark in or before a word, never one that opens or closes a phrase', () => {
  assert.equal(isApostrophe("don't", 3), true);
  assert.equal(isApostrophe('the ’90s', 4), true);
  assert.equal(isApostrophe('Ngũgĩ‘s', 5), true);
  assert.equal(isApostrophe('‘fine’ then', 0), false);
  assert.equal(isApostrophe('‘fine’ then', 5), false);
  assert.equal(isApostrophe("the victims' families", 11), false);
});

const texts = fc
  .array(fc.tuple(fc.constantFrom(...PIECES, ...MARKS), fc.constantFrom(' ', '', '\n')), { maxLength: 16 })
  .map((parts) => parts.map(([p, glue]) => p + glue).join(''));

test('property: regions never overlap, each opens with a mark before it closes, no apostrophe opens one', () => {
  fc.assert(
    fc.property(texts, (text) => {
      let last = -1;
      for (const r of quotedRegions(text, paragraphsOf(text))) {
        assert.ok(
          r.start >= last && r.start < r.end,
          `overlap or empty at ${r.start} in ${JSON.stringify(text)}`,
        );
        const mark =
          text.startsWith('``', r.start) || text.startsWith("''", r.start)
            ? text.slice(r.start, r.start + 2)
            : text[r.start];
        assert.ok(
          mark !== undefined && mark in CLOSER_OF,
          `no opening mark at ${r.start} in ${JSON.stringify(text)}`,
        );
        assert.ok(!isApostrophe(text, r.start), `an apostrophe opens ${JSON.stringify(text)}`);
        last = r.end;
      }
    }),
  );
});
